package org.cypf.educationskills.participation.adapter.out.csv;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cypf.educationskills.participation.domain.ActivityCode;
import org.cypf.educationskills.participation.domain.MonthlyActivity;
import org.cypf.educationskills.participation.port.ActivityReader;
import org.cypf.educationskills.shared.adapter.out.csv.CsvTable;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.csv.Csv;

/**
 * Participation as the authority's tracking gives it, one row per young person per month: {@code UPN, Month
 * (2024-08), ActivityCode (NCCIS)}. Columns read by name, others ignored; at most {@value #MAX_ROWS} rows (a large
 * authority's 16 and 17 year olds for a year's months).
 */
public final class ActivityCsvReader implements ActivityReader {
    public static final int MAX_ROWS = 300_000;

    @Override
    public List<Row> read(String text) {
        CsvTable table = CsvTable.read(text, List.of("UPN", "Month", "ActivityCode"), MAX_ROWS);
        List<Row> read = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Csv.Line row : table.rows()) {
            UniquePupilNumber upn = table.parse(row, "UPN", () -> UniquePupilNumber.parse(table.value(row, "UPN")));
            YearMonth month = table.parse(row, "Month", () -> month(table.value(row, "Month")));
            ActivityCode code = table.parse(row, "ActivityCode",
                    () -> ActivityCode.parse(table.value(row, "ActivityCode")));
            if (upn == null || month == null || code == null) {
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(upn.value() + " " + month, row.number());
            if (earlier != null) {
                table.error(row, "UPN", "the young person's " + month + " appears again (first on line " + earlier + ")");
                continue;
            }
            read.add(new Row(row.number(), new MonthlyActivity(upn, month, code)));
        }
        table.throwIfErrors();
        return List.copyOf(read);
    }

    private static YearMonth month(String text) {
        try {
            YearMonth m = YearMonth.parse(text);
            if (m.getYear() < 2000 || m.getYear() > 2100) {
                throw InvalidInput.of("month", "must be from 2000-01 to 2100-12");
            }
            return m;
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("month", text.isEmpty() ? "is required" : "must be a month written as 2024-08");
        }
    }

}

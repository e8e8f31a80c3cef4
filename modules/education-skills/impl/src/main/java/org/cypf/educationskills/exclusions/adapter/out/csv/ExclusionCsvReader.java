package org.cypf.educationskills.exclusions.adapter.out.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cypf.educationskills.exclusions.domain.Exclusion;
import org.cypf.educationskills.exclusions.domain.ExclusionCategory;
import org.cypf.educationskills.exclusions.port.ExclusionReader;
import org.cypf.platform.csv.Csv;
import org.cypf.educationskills.shared.adapter.out.csv.CsvTable;
import org.cypf.educationskills.shared.domain.Urn;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.InvalidInput;

/**
 * Suspensions and permanent exclusions as schools' census returns give them, one row per exclusion:
 * {@code UPN, URN, Category (FIXD or PERM), Reason (the DfE's code), StartDate (yyyy-mm-dd), Sessions (a suspension's
 * half days; empty for PERM)}. Columns are read by name; others are ignored. At most {@value #MAX_ROWS} rows.
 */
public final class ExclusionCsvReader implements ExclusionReader {
    public static final int MAX_ROWS = 100_000;
    static final String UPN = "UPN";
    static final String URN = "URN";
    static final String CATEGORY = "Category";
    static final String REASON = "Reason";
    static final String START = "StartDate";
    static final String SESSIONS = "Sessions";

    @Override
    public List<Row> read(String text) {
        CsvTable table = CsvTable.read(text, List.of(UPN, URN, CATEGORY, REASON, START, SESSIONS), MAX_ROWS);
        List<Row> read = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Csv.Line row : table.rows()) {
            UniquePupilNumber upn = table.parse(row, UPN, () -> UniquePupilNumber.parse(table.value(row, UPN)));
            Urn urn = table.parse(row, URN, () -> Urn.parse(table.value(row, URN)));
            ExclusionCategory category = table.parse(row, CATEGORY,
                    () -> ExclusionCategory.ofCensusCode(table.value(row, CATEGORY)));
            LocalDate start = table.parse(row, START, () -> CsvTable.isoDate(table.value(row, START)));
            Integer sessions = table.parse(row, SESSIONS, () -> sessions(table.value(row, SESSIONS)));
            String reason = table.value(row, REASON).toUpperCase(java.util.Locale.ROOT);
            if (upn == null || urn == null || category == null || start == null
                    || (sessions == null && !table.value(row, SESSIONS).isEmpty())) {
                continue;
            }
            String key = upn.value() + " " + urn.value() + " " + category + " " + start;
            Integer earlier = firstLine.putIfAbsent(key, row.number());
            if (earlier != null) {
                table.error(row, START, "the pupil's exclusion from this school on this date appears again (first on line "
                        + earlier + ")");
                continue;
            }
            try {
                read.add(new Row(row.number(),
                        new Exclusion(UUID.randomUUID(), upn, urn.value(), category, reason, start, sessions)));
            } catch (InvalidInput e) {
                table.errors(row, e, field -> field.equals("reason") ? REASON : SESSIONS);
            }
        }
        table.throwIfErrors();
        return List.copyOf(read);
    }



    private static Integer sessions(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,3}")) {
            throw InvalidInput.of("sessions", "must be a whole number of sessions (half days)");
        }
        return Integer.parseInt(text);
    }
}

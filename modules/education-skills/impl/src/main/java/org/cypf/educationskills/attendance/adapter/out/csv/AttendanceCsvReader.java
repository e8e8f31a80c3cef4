package org.cypf.educationskills.attendance.adapter.out.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.educationskills.attendance.port.AttendanceReader;
import org.cypf.educationskills.shared.domain.Urn;
import org.cypf.platform.csv.Csv;
import org.cypf.educationskills.shared.adapter.out.csv.CsvTable;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.InvalidInput;

/**
 * Attendance as schools' census returns give it, one row per pupil per term: {@code UPN, URN, AcademicYear (2024/25),
 * Term (Autumn, Spring or Summer), SessionsPossible, SessionsMissed}. Columns are read by name; others are ignored.
 * At most {@value #MAX_ROWS} rows (a large authority's pupils for a year's three terms).
 */
public final class AttendanceCsvReader implements AttendanceReader {
    public static final int MAX_ROWS = 300_000;
    static final String UPN = "UPN";
    static final String URN = "URN";
    static final String YEAR = "AcademicYear";
    static final String TERM = "Term";
    static final String POSSIBLE = "SessionsPossible";
    static final String MISSED = "SessionsMissed";

    @Override
    public List<Row> read(String text) {
        CsvTable table = CsvTable.read(text, List.of(UPN, URN, YEAR, TERM, POSSIBLE, MISSED), MAX_ROWS);
        List<Row> terms = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Csv.Line row : table.rows()) {
            UniquePupilNumber upn = table.parse(row, UPN, () -> UniquePupilNumber.parse(table.value(row, UPN)));
            Urn urn = table.parse(row, URN, () -> Urn.parse(table.value(row, URN)));
            AcademicYear year = table.parse(row, YEAR, () -> AcademicYear.parse(table.value(row, YEAR)));
            Term term = table.parse(row, TERM, () -> term(table.value(row, TERM)));
            Integer possible = table.parse(row, POSSIBLE, () -> sessions(table.value(row, POSSIBLE)));
            Integer missed = table.parse(row, MISSED, () -> sessions(table.value(row, MISSED)));
            if (upn == null || urn == null || year == null || term == null || possible == null || missed == null) {
                continue;
            }
            String key = upn.value() + " " + year + " " + term;
            Integer earlier = firstLine.putIfAbsent(key, row.number());
            if (earlier != null) {
                table.error(row, UPN, "the pupil's " + term.name().toLowerCase(Locale.ROOT) + " term " + year
                        + " appears again (first on line " + earlier + ")");
                continue;
            }
            try {
                terms.add(new Row(row.number(), new TermAttendance(upn, year, term, urn.value(), possible, missed)));
            } catch (InvalidInput e) {
                table.errors(row, e, field -> field.equals("sessionsPossible") ? POSSIBLE : MISSED);
            }
        }
        table.throwIfErrors();
        return List.copyOf(terms);
    }


    private static Term term(String text) {
        for (Term t : Term.values()) {
            if (t.name().equalsIgnoreCase(text)) {
                return t;
            }
        }
        throw InvalidInput.of("term", text.isEmpty() ? "is required" : "must be Autumn, Spring or Summer");
    }

    private static int sessions(String text) {
        if (!text.matches("\\d{1,4}")) {
            throw InvalidInput.of("sessions", text.isEmpty() ? "is required" : "must be a whole number of sessions");
        }
        return Integer.parseInt(text);
    }
}

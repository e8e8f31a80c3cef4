package org.cypf.educationskills.settings.adapter.out.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.educationskills.settings.domain.SchoolHoliday;
import org.cypf.educationskills.settings.domain.SchoolTerm;
import org.cypf.educationskills.settings.domain.TermDates;
import org.cypf.educationskills.settings.port.TermDatesReader;
import org.cypf.educationskills.shared.adapter.out.csv.CsvTable;
import org.cypf.educationskills.shared.domain.Urn;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.Violations;
import org.cypf.platform.csv.Csv;

/**
 * Term dates as a local authority publishes them, one row per term or holiday: {@code URN} (empty for the local
 * authority's own dates), {@code AcademicYear} ({@code 2025/26}), {@code Kind} ({@code Term} or {@code Holiday}),
 * {@code Name} (a term's {@code Autumn}, {@code Spring} or {@code Summer}; a holiday's own name), {@code FirstDay} and
 * {@code LastDay} ({@code yyyy-mm-dd}). The rows of one setting's school year make one year's dates, checked whole by
 * the term date rules (TERM-01 to TERM-04), each error named by the row it came from. At most {@value #MAX_ROWS} rows
 * (a large authority's schools' own dates for two years).
 */
public final class TermDatesCsvReader implements TermDatesReader {
    public static final int MAX_ROWS = 100_000;
    static final String URN = "URN";
    static final String YEAR = "AcademicYear";
    static final String KIND = "Kind";
    static final String NAME = "Name";
    static final String FIRST = "FirstDay";
    static final String LAST = "LastDay";

    /** One school year's rows as read, with the line each came from. */
    private static final class Year {
        final Integer urn;
        final AcademicYear year;
        final int firstLine;
        final List<SchoolTerm> terms = new ArrayList<>();
        final List<Integer> termLines = new ArrayList<>();
        final List<SchoolHoliday> holidays = new ArrayList<>();
        final List<Integer> holidayLines = new ArrayList<>();

        Year(Integer urn, AcademicYear year, int firstLine) {
            this.urn = urn;
            this.year = year;
            this.firstLine = firstLine;
        }
    }

    private record Key(Integer urn, AcademicYear year) {}

    @Override
    public Read read(String text) {
        CsvTable table = CsvTable.read(text, List.of(URN, YEAR, KIND, NAME, FIRST, LAST), MAX_ROWS);
        Map<Key, Year> years = new LinkedHashMap<>();
        for (Csv.Line row : table.rows()) {
            String urnText = table.value(row, URN);
            Urn urn = urnText.isEmpty() ? null : table.parse(row, URN, () -> Urn.parse(urnText));
            AcademicYear year = table.parse(row, YEAR, () -> AcademicYear.parse(table.value(row, YEAR)));
            String kind = table.value(row, KIND);
            boolean term = kind.equalsIgnoreCase("Term");
            if (!term && !kind.equalsIgnoreCase("Holiday")) {
                table.error(row, KIND, kind.isEmpty() ? "is required" : "must be Term or Holiday");
            }
            String name = table.value(row, NAME);
            Term which = term ? table.parse(row, NAME, () -> term(name)) : null;
            LocalDate first = table.parse(row, FIRST, () -> CsvTable.isoDate(table.value(row, FIRST)));
            LocalDate last = table.parse(row, LAST, () -> CsvTable.isoDate(table.value(row, LAST)));
            if ((!urnText.isEmpty() && urn == null) || year == null || first == null || last == null
                    || (term && which == null)) {
                continue;
            }
            Integer setting = urn == null ? null : urn.value();
            Year y = years.computeIfAbsent(new Key(setting, year), k -> new Year(setting, year, row.number()));
            if (term) {
                y.terms.add(new SchoolTerm(which, first, last));
                y.termLines.add(row.number());
            } else if (kind.equalsIgnoreCase("Holiday")) {
                y.holidays.add(new SchoolHoliday(name, first, last));
                y.holidayLines.add(row.number());
            }
        }
        List<Year> read = new ArrayList<>(years.values());
        for (Year y : read) {
            var v = new Violations();
            TermDates.check(v, y.year, y.terms, y.holidays);
            v.list().forEach(violation -> locate(table, y, violation.field(), violation.reason()));
        }
        table.throwIfErrors();
        return new Read(read.stream().map(y -> new TermDatesReader.Year(y.firstLine,
                new TermDates(y.urn, y.year, y.terms, y.holidays))).toList(), table.rows().size());
    }

    /** The row and column of a rule broken in a school year: {@code terms[1].lastDay} is the second term's row. */
    private static void locate(CsvTable table, Year y, String field, String reason) {
        var m = java.util.regex.Pattern.compile("(terms|holidays)(?:\\[(\\d+)])?(?:\\.(\\w+))?").matcher(field);
        int line = y.firstLine;
        String column = KIND;
        if (m.matches()) {
            boolean terms = m.group(1).equals("terms");
            if (m.group(2) != null) {
                line = (terms ? y.termLines : y.holidayLines).get(Integer.parseInt(m.group(2)));
                column = m.group(3) == null ? FIRST : switch (m.group(3)) {
                    case "lastDay" -> LAST;
                    case "name" -> NAME;
                    default -> FIRST;
                };
            } else if (!terms && !y.holidayLines.isEmpty()) {
                line = y.holidayLines.getFirst();
            }
        }
        String whose = (y.urn == null ? "the local authority's " : "setting " + y.urn + "'s ") + y.year + ": ";
        table.error(new Csv.Line(line, List.of()), column, whose + reason);
    }


    private static Term term(String text) {
        for (Term t : Term.values()) {
            if (t.name().equalsIgnoreCase(text)) {
                return t;
            }
        }
        throw InvalidInput.of("term", text.isEmpty() ? "is required" : "must be Autumn, Spring or Summer (rule TERM-01)");
    }

}

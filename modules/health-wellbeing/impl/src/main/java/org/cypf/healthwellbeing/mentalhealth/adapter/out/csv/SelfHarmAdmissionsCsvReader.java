package org.cypf.healthwellbeing.mentalhealth.adapter.out.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.cypf.healthwellbeing.mentalhealth.domain.SelfHarmAdmissions;
import org.cypf.healthwellbeing.mentalhealth.port.SelfHarmAdmissionsReader;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.csv.Csv;

/**
 * Self-harm admissions as OHID's Fingertips data download writes them, read with the platform's one CSV reading
 * (ADR 0043): columns found by name (any order or letter case, others ignored): {@code Area Code}, {@code Sex},
 * {@code Age} ({@code 10-14 yrs}, {@code 15-19 yrs}, {@code 20-24 yrs}), {@code Time period} (a financial year,
 * {@code 2018/19}), {@code Count} and {@code Denominator}; {@code Value}, when present, must be the count per 100,000
 * of the denominator (to one decimal place). Only the {@code Persons} rows of the three bands are figures to hold:
 * {@code Male} and {@code Female} rows and the {@code 10-24 yrs} total (standardised; CYPF computes it from the bands)
 * are left aside and counted. One area per file. Errors are named {@code rows[<line>].<Column>} with the line as a
 * spreadsheet shows it (the header is line 1); at most {@value #MAX_ROWS} rows.
 */
public final class SelfHarmAdmissionsCsvReader implements SelfHarmAdmissionsReader {
    public static final int MAX_ROWS = 10_000;
    static final int MAX_ERRORS = 500;
    private static final List<String> REQUIRED = List.of("Area Code", "Sex", "Age", "Time period", "Count",
            "Denominator");

    @Override
    public Read read(String text, LocalDate today) {
        List<Csv.Line> lines;
        try {
            lines = Csv.read(text == null ? "" : text, MAX_ROWS + 1);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("$", "is not valid CSV: " + e.getMessage());
        }
        if (lines.size() < 2) {
            throw InvalidInput.of("$", "holds no rows under a header");
        }
        if (lines.size() > MAX_ROWS + 1) {
            throw InvalidInput.of("$", "holds more than " + MAX_ROWS + " rows");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = lines.getFirst().fields();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        var missing = REQUIRED.stream().filter(c -> !columns.containsKey(c.toLowerCase(Locale.ROOT))).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing.stream().map(c -> new FieldViolation("header." + c, "column is missing"))
                    .toList());
        }
        List<FieldViolation> errors = new ArrayList<>();
        List<SelfHarmAdmissions> figures = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        String area = null;
        int areaLine = 0;
        int leftAside = 0;
        for (Csv.Line line : lines.subList(1, lines.size())) {
            int n = line.number();
            Function<String, String> value = c -> {
                Integer i = columns.get(c.toLowerCase(Locale.ROOT));
                return i != null && i < line.fields().size() ? line.fields().get(i).strip() : "";
            };
            List<FieldViolation> rowErrors = new ArrayList<>();
            String sex = value.apply("Sex");
            String age = value.apply("Age").replaceFirst("(?i)\\s*yrs$", "");
            if (sex.equalsIgnoreCase("Male") || sex.equalsIgnoreCase("Female") || age.equals("10-24")) {
                leftAside++;
                continue;
            }
            if (!sex.equalsIgnoreCase("Persons")) {
                rowErrors.add(new FieldViolation("rows[" + n + "].Sex", "must be Persons, Male or Female"));
            }
            Long count = whole(rowErrors, n, "Count", value.apply("Count"));
            Long denominator = whole(rowErrors, n, "Denominator", value.apply("Denominator"));
            if (rowErrors.isEmpty()) {
                try {
                    var f = SelfHarmAdmissions.of(value.apply("Area Code"), value.apply("Time period"), age, count,
                            denominator, today);
                    String published = value.apply("Value");
                    if (!published.isEmpty() && !matches(published, f)) {
                        rowErrors.add(new FieldViolation("rows[" + n + "].Value", "must be Count per 100,000 of "
                                + "Denominator (" + f.ratePer100000() + ")"));
                    } else if (area != null && !area.equals(f.areaCode())) {
                        rowErrors.add(new FieldViolation("rows[" + n + "].Area Code", "names a second area ("
                                + area + " on line " + areaLine + "): one area per file"));
                    } else {
                        if (area == null) {
                            area = f.areaCode();
                            areaLine = n;
                        }
                        String key = f.yearStarting() + " " + f.band();
                        Integer earlier = firstLine.putIfAbsent(key, n);
                        if (earlier != null) {
                            rowErrors.add(new FieldViolation("rows[" + n + "].Age", "the " + f.band().label()
                                    + " figures of " + SelfHarmAdmissions.label(f.yearStarting())
                                    + " appear again (first on line " + earlier + ")"));
                        } else {
                            figures.add(f);
                        }
                    }
                } catch (InvalidInput e) {
                    e.violations().forEach(v -> rowErrors.add(new FieldViolation("rows[" + n + "]."
                            + column(v.field()), v.reason())));
                }
            }
            for (FieldViolation v : rowErrors) {
                if (errors.size() < MAX_ERRORS) {
                    errors.add(v);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Read(lines.size() - 1, figures, leftAside);
    }

    /** A published value agrees when it rounds to the rate CYPF computes (Fingertips gives more decimal places). */
    private static boolean matches(String published, SelfHarmAdmissions f) {
        try {
            return new java.math.BigDecimal(published).setScale(1, java.math.RoundingMode.HALF_UP)
                    .compareTo(f.ratePer100000()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Long whole(List<FieldViolation> errors, int line, String column, String text) {
        if (text.isEmpty()) {
            return null; // the domain names what a missing count means
        }
        if (!text.matches("\\d{1,9}")) {
            errors.add(new FieldViolation("rows[" + line + "]." + column, "must be a whole number from 0"));
            return null;
        }
        return Long.parseLong(text);
    }

    private static String column(String field) {
        return switch (field) {
            case "areaCode" -> "Area Code";
            case "year" -> "Time period";
            case "ageBand" -> "Age";
            case "admissions" -> "Count";
            default -> "Denominator";
        };
    }
}

package org.cypf.healthwellbeing.childhealth.adapter.out.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cypf.healthwellbeing.childhealth.domain.ChildHealthObservation;
import org.cypf.healthwellbeing.childhealth.domain.ObservationKind;
import org.cypf.healthwellbeing.childhealth.port.ObservationReader;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.csv.Csv;

/**
 * Child health observations as CSV, one row per observation, columns found by name (any order or letter case,
 * extra columns ignored): {@code NHSNumber, ChildId, DateOfBirth, Date} and the kind's own — births
 * {@code BirthWeightGrams}; infant-feeding {@code FeedingStatus}; child-measurements {@code SchoolYear, BmiCentile};
 * oral-health {@code Dmft}; immunisations {@code Vaccine}. Errors are named {@code rows[<line>].<Column>} with the
 * line as a spreadsheet shows it (the header is line 1); at most {@value #MAX_ROWS} rows. The CSV itself is read by
 * the platform's one reading of a CSV file ({@link Csv}, ADR 0043), as every context's imports are.
 */
public final class ObservationCsvReader implements ObservationReader {
    public static final int MAX_ROWS = 200_000;
    static final int MAX_ERRORS = 500;

    @Override
    public List<ChildHealthObservation> read(ObservationKind kind, String text, LocalDate today) {
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
        String code = switch (kind) {
            case INFANT_FEEDING -> "FeedingStatus";
            case CHILD_MEASUREMENT -> "SchoolYear";
            case IMMUNISATION -> "Vaccine";
            default -> null;
        };
        String amount = switch (kind) {
            case BIRTH_WEIGHT -> "BirthWeightGrams";
            case CHILD_MEASUREMENT -> "BmiCentile";
            case ORAL_HEALTH -> "Dmft";
            default -> null;
        };
        List<String> required = new ArrayList<>(List.of("NHSNumber", "ChildId", "DateOfBirth", "Date"));
        if (code != null) {
            required.add(code);
        }
        if (amount != null) {
            required.add(amount);
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = lines.getFirst().fields();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        var missing = required.stream().filter(c -> !columns.containsKey(c.toLowerCase(Locale.ROOT))).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing.stream().map(c -> new FieldViolation("header." + c, "column is missing"))
                    .toList());
        }
        List<FieldViolation> errors = new ArrayList<>();
        List<ChildHealthObservation> read = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Csv.Line csvLine : lines.subList(1, lines.size())) {
            int line = csvLine.number();
            List<String> row = csvLine.fields();
            java.util.function.Function<String, String> value = c -> {
                int i = columns.get(c.toLowerCase(Locale.ROOT));
                return i < row.size() ? row.get(i).strip() : "";
            };
            List<FieldViolation> rowErrors = new ArrayList<>();
            NhsNumber nhs = field(rowErrors, line, "NHSNumber", () -> NhsNumber.parse(value.apply("NHSNumber")));
            ChildId child = field(rowErrors, line, "ChildId", () -> childId(value.apply("ChildId")));
            LocalDate born = field(rowErrors, line, "DateOfBirth", () -> date(value.apply("DateOfBirth")));
            LocalDate on = field(rowErrors, line, "Date", () -> date(value.apply("Date")));
            BigDecimal number = amount == null ? null
                    : field(rowErrors, line, amount, () -> number(value.apply(amount)));
            String codeValue = code == null ? "" : value.apply(code).toUpperCase(Locale.ROOT);
            if (rowErrors.isEmpty()) {
                try {
                    var o = ChildHealthObservation.of(nhs, child, born, kind, on, codeValue, number, today);
                    String key = nhs.value() + " " + on + " " + o.code();
                    Integer earlier = firstLine.putIfAbsent(key, line);
                    if (earlier != null) {
                        rowErrors.add(new FieldViolation("rows[" + line + "].NHSNumber",
                                "the child's observation of " + on + " appears again (first on line " + earlier + ")"));
                    } else {
                        read.add(o);
                    }
                } catch (InvalidInput e) {
                    e.violations().forEach(v -> rowErrors.add(new FieldViolation("rows[" + line + "]."
                            + column(v.field(), code, amount), v.reason())));
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
        return List.copyOf(read);
    }

    private static String column(String field, String code, String amount) {
        return switch (field) {
            case "dateOfBirth" -> "DateOfBirth";
            case "observedOn" -> "Date";
            case "code" -> code;
            default -> amount;
        };
    }

    private static <T> T field(List<FieldViolation> errors, int line, String column, java.util.function.Supplier<T> p) {
        try {
            return p.get();
        } catch (InvalidInput e) {
            e.violations().forEach(v -> errors.add(new FieldViolation("rows[" + line + "]." + column, v.reason())));
            return null;
        }
    }

    private static ChildId childId(String text) {
        if (text.isEmpty()) {
            throw InvalidInput.of("childId", "is required");
        }
        try {
            return ChildId.parse(text);
        } catch (RuntimeException e) {
            throw InvalidInput.of("childId", "must be a child identifier (a UUID)");
        }
    }

    private static LocalDate date(String text) {
        if (text.isEmpty()) {
            throw InvalidInput.of("date", "is required");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("date", "must be a date as yyyy-mm-dd");
        }
    }

    private static BigDecimal number(String text) {
        if (text.isEmpty()) {
            throw InvalidInput.of("amount", "is required");
        }
        if (!text.matches("\\d{1,5}(\\.\\d{1,2})?")) {
            throw InvalidInput.of("amount", "must be a number (at most two decimal places)");
        }
        return new BigDecimal(text);
    }
}

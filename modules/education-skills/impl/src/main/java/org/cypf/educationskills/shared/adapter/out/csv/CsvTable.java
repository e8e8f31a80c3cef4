package org.cypf.educationskills.shared.adapter.out.csv;

import org.cypf.platform.csv.Csv;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;

/**
 * A CSV file read by its header: columns found by name (any order, any letter case, extra columns ignored), row
 * errors named {@code rows[<line>].<Column>} with the line as a spreadsheet shows it (the header is line 1). At
 * most {@value #MAX_ERRORS} errors are kept, the last saying how many more there were.
 */
public final class CsvTable {
    public static final int MAX_ERRORS = 500;

    private final List<Csv.Line> rows;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<FieldViolation> errors = new java.util.ArrayList<>();
    private int more;

    private CsvTable(List<Csv.Line> lines) {
        this.rows = lines.subList(1, lines.size());
        List<String> header = lines.getFirst().fields();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(key(header.get(i)), i);
        }
    }

    /**
     * The table in {@code text}, whose header must name every column of {@code required}.
     *
     * @throws InvalidInput when the text is no CSV, has no rows, holds more than {@code maxRows} or lacks a column
     */
    public static CsvTable read(String text, List<String> required, int maxRows) {
        List<Csv.Line> lines;
        try {
            lines = Csv.read(text == null ? "" : text, maxRows + 1);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("$", "is not valid CSV: " + e.getMessage());
        }
        if (lines.size() < 2) {
            throw InvalidInput.of("$", "holds no rows under a header");
        }
        if (lines.size() > maxRows + 1) {
            throw InvalidInput.of("$", "holds more than " + maxRows + " rows");
        }
        var table = new CsvTable(lines);
        var missing = required.stream().filter(c -> !table.columns.containsKey(key(c))).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing.stream().map(c -> new FieldViolation("header." + c, "column is missing"))
                    .toList());
        }
        return table;
    }

    public List<Csv.Line> rows() {
        return rows;
    }

    /** The row's value in {@code column}, stripped; empty when the row is short. */
    public String value(Csv.Line row, String column) {
        int i = columns.get(key(column));
        return i < row.fields().size() ? row.fields().get(i).strip() : "";
    }

    /** The row's value in a column the file may leave out: empty when the header does not name it. */
    public String optionalValue(Csv.Line row, String column) {
        return columns.containsKey(key(column)) ? value(row, column) : "";
    }

    public void error(Csv.Line row, String column, String rule) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldViolation("rows[" + row.number() + "]." + column, rule));
        } else {
            more++;
        }
    }

    /** The domain's refusal of a row, each of its fields named by the column it came from. */
    public void errors(Csv.Line row, InvalidInput refused, java.util.function.Function<String, String> column) {
        refused.violations().forEach(v -> error(row, column.apply(v.field()), v.reason()));
    }

    /**
     * What {@code parser} makes of the row's cell in {@code column}, or null with the parser's refusal kept as the
     * row's error in that column (whatever field the refusal names), so one reading reports every bad cell of a file.
     */
    public <T> T parse(Csv.Line row, String column, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (InvalidInput e) {
            errors(row, e, field -> column);
            return null;
        }
    }

    /** A cell that must hold a date written yyyy-mm-dd, as the DfE's files and CYPF's templates write them. */
    public static java.time.LocalDate isoDate(String text) {
        if (text.isEmpty()) {
            throw InvalidInput.of("date", "is required");
        }
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInput.of("date", "must be a date written yyyy-mm-dd");
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** @throws InvalidInput naming every row error, when there is any */
    public void throwIfErrors() {
        if (errors.isEmpty()) {
            return;
        }
        var all = new java.util.ArrayList<>(errors);
        if (more > 0) {
            all.add(new FieldViolation("rows", more + " more row errors not listed"));
        }
        throw new InvalidInput(all);
    }

    private static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }
}

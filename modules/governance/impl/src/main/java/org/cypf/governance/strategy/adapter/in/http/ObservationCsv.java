package org.cypf.governance.strategy.adapter.in.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cypf.governance.api.strategy.ObservationSubmission;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.Violations;

/**
 * Observations uploaded as CSV (RFC 4180: commas, double-quoted fields, a header row). Columns, in any order:
 * {@code measureId, asAt, value} (required) and {@code breakdown, periodStart, periodLabel, numerator, denominator,
 * status, source, note}. Row {@code rows[0]} is the first line after the header (blank lines are skipped and not
 * counted); every bad cell is reported.
 */
final class ObservationCsv {
    static final Set<String> COLUMNS = Set.of("measureId", "asAt", "value", "breakdown", "periodStart", "periodLabel",
            "numerator", "denominator", "status", "source", "note", "state");
    private static final int MAX_ROWS = 10_000;

    private ObservationCsv() {}

    /**
     * What a file says: one entry per line after the header ({@code null} where the line could not be read) and
     * the cells that could not be read, each named {@code rows[i].field}.
     */
    record Parsed(List<ObservationSubmission> rows, List<FieldViolation> violations) {}

    /**
     * Reads the file. A file that cannot be read as a whole (empty, no or a bad header, an unclosed quote, too many
     * rows) is refused at once; a cell that cannot be read is listed and the rest of the file still read, so
     * the rows can also be checked against the strategy and every bad row reported together.
     */
    static Parsed read(String text) {
        // Spreadsheets often save CSV with a byte-order mark before the header.
        List<List<String>> lines = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (lines.isEmpty()) {
            throw InvalidInput.of("$", "the file is empty; the first line must name the columns");
        }
        var v = new Violations();
        List<String> header = lines.getFirst().stream().map(String::strip).toList();
        Map<String, Integer> column = new HashMap<>();
        Map<String, String> byLowerCase = new HashMap<>();
        COLUMNS.forEach(c -> byLowerCase.put(c.toLowerCase(Locale.ROOT), c));
        for (int i = 0; i < header.size(); i++) {
            // column names in any case: spreadsheets and people write MeasureId, ASAT or asat
            String name = byLowerCase.getOrDefault(header.get(i).toLowerCase(Locale.ROOT), header.get(i));
            if (!COLUMNS.contains(name)) {
                v.add("header[" + i + "]", "is not a column of an observation (" + String.join(", ", COLUMNS.stream().sorted().toList()) + ")");
            } else if (column.put(name, i) != null) {
                v.add("header[" + i + "]", "repeats the column " + name);
            }
        }
        for (String required : List.of("measureId", "asAt", "value")) {
            v.check(column.containsKey(required), "header", "needs the column " + required);
        }
        v.check(lines.size() - 1 <= MAX_ROWS, "$", "at most " + MAX_ROWS + " rows per file");
        v.check(lines.size() > 1, "rows", "the file has a header but no rows");
        v.throwIfAny();
        List<ObservationSubmission> rows = new ArrayList<>();
        for (int r = 1; r < lines.size(); r++) {
            List<String> cells = lines.get(r);
            String p = "rows[" + (r - 1) + "]";
            if (cells.size() != header.size()) {
                v.add(p, "has " + cells.size() + " cells; the header has " + header.size());
                rows.add(null);
                continue;
            }
            Cells c = new Cells(cells, column);
            rows.add(new ObservationSubmission(v.required(p + ".measureId", c.get("measureId"), s -> s),
                    new StrategyDocument.Observation(
                            v.required(p + ".asAt", c.get("asAt"), ObservationCsv::date),
                            v.optional(p + ".periodStart", c.get("periodStart"), ObservationCsv::date),
                            c.get("periodLabel"), c.get("breakdown"),
                            v.required(p + ".value", c.get("value"), BigDecimal::new),
                            v.optional(p + ".numerator", c.get("numerator"), Long::valueOf),
                            v.optional(p + ".denominator", c.get("denominator"), Long::valueOf),
                            v.optional(p + ".status", c.get("status"), s -> s.toUpperCase(Locale.ROOT)),
                            c.get("source"), c.get("note"),
                            v.optional(p + ".state", c.get("state"), s -> s.toUpperCase(Locale.ROOT)))));
        }
        return new Parsed(rows, v.list());
    }

    /** A date as yyyy-mm-dd; what is wrong with any other is said without echoing it. */
    private static LocalDate date(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw InvalidInput.of("", "must be a date written yyyy-mm-dd (e.g. 2024-04-01)");
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInput.of("", "is not a day of the calendar (the month has no such day, or there is no such month)");
        }
    }

    private record Cells(List<String> cells, Map<String, Integer> column) {
        String get(String name) {
            Integer i = column.get(name);
            if (i == null) {
                return null;
            }
            String value = cells.get(i).strip();
            return value.isEmpty() ? null : value;
        }
    }

    /** Splits RFC 4180 text into records of fields; blank lines are skipped. */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || !field.isEmpty()) {
                    fields.add(field.toString());
                    records.add(fields);
                }
                fields = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(ch);
                any = true;
            }
        }
        if (quoted) {
            throw InvalidInput.of("$", "a quoted field is not closed");
        }
        if (any || !field.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}

package org.cypf.platform.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them: a field holding a comma, a quote or a line break is quoted and
 * its quotes doubled; lines end CRLF. A file for people's spreadsheets also guards against formulas
 * ({@link #writeForSpreadsheets}). Reading also accepts LF line ends, a UTF-8 byte order mark and a last line
 * without a line end; blank lines are skipped. One reading and writing for every context's file adapters (social
 * care's SSDA903 returns, education's imports), so a file means the same wherever it is read (ADR 0043).
 */
public final class Csv {
    private Csv() {}

    /** A row of a CSV file and its line number (the header is line 1). */
    public record Line(int number, List<String> fields) {}

    /**
     * A file for another system to read, every value exactly as given: a national return (SSDA903) must be
     * byte-exact to its specification, where a leading minus is a number. A file meant for people to open in a
     * spreadsheet is {@link #writeForSpreadsheets}.
     */
    public static String write(List<String> header, List<List<String>> rows) {
        return write(header, rows, false);
    }

    /**
     * A file meant for people to open in a spreadsheet (an import's issue list, a report) whose cells hold values a
     * client or a file supplied. As {@link #write}, except that a cell beginning with a character a spreadsheet
     * reads as the start of a formula ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is
     * written quoted with a single quote before it, OWASP's defence against CSV injection: the spreadsheet shows the
     * value as text and never runs it. The quote is part of the cell: reading the file back gives {@code '=1+1}.
     */
    public static String writeForSpreadsheets(List<String> header, List<List<String>> rows) {
        return write(header, rows, true);
    }

    private static String write(List<String> header, List<List<String>> rows, boolean forSpreadsheets) {
        StringBuilder out = new StringBuilder();
        line(out, header, forSpreadsheets);
        rows.forEach(r -> line(out, r, forSpreadsheets));
        return out.toString();
    }

    /** Whether a spreadsheet would read {@code cell} as the start of a formula (OWASP's list). */
    static boolean startsAFormula(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static void line(StringBuilder out, List<String> fields, boolean forSpreadsheets) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (forSpreadsheets && startsAFormula(f)) {
                out.append("\"'").append(f.replace("\"", "\"\"")).append('"');
            } else if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        out.append("\r\n");
    }

    /**
     * The lines of {@code text}, each numbered by the physical line it starts on; reading stops once more than
     * {@code atMost} lines are read, so a caller that finds {@code atMost + 1} knows the text holds too many.
     *
     * @throws IllegalArgumentException naming the line of a quote left open
     */
    public static List<Line> read(String text, int atMost) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int physical = 1;
        int startedOn = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        physical++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || !field.isEmpty()) {
                    fields.add(field.toString());
                    lines.add(new Line(startedOn, List.copyOf(fields)));
                    if (lines.size() > atMost) {
                        return lines;
                    }
                }
                fields.clear();
                field.setLength(0);
                any = false;
                physical++;
                startedOn = physical;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field opened on line " + startedOn + " is not closed");
        }
        if (any || !field.isEmpty()) {
            fields.add(field.toString());
            lines.add(new Line(startedOn, List.copyOf(fields)));
        }
        return lines;
    }
}

package org.cypf.socialcare.api.returns;

/**
 * One thing an import found wrong with a row, as analysts work through them.
 *
 * @param child    the row's CHILD (blank when the row names none that could be read, and for a finding about the
 *                 return as a whole, such as the CIN census's rule 2883, which never holds a child back: ADR 0124)
 * @param file     the file as the client named it
 * @param line     the line as a spreadsheet shows it (the column header is line 1; 0 for the file as a whole)
 * @param column   the column (blank for the whole row)
 * @param rule     the DfE validation rule the check enforces (e.g. {@code 225}); for a check of CYPF's own (the row
 *                 could not be read, or it contradicts what CYPF holds) a code that is never a number (the SSDA903
 *                 import's {@code CYPF-...}), or blank
 * @param message  what is wrong, in words a practitioner can act on
 * @param severity {@code ERROR}: the child is held back; {@code WARNING}: a query the DfE would raise, which never
 *                 blocks
 */
public record ImportIssue(String child, String file, int line, String column, String rule, String message,
                          Severity severity) {
    public enum Severity { ERROR, WARNING }

    /** The issue as a problem's field path, {@code <file>[<line>].<COLUMN>}. */
    public String field() {
        return line == 0 ? file : file + "[" + line + "]" + (column == null ? "" : "." + column);
    }
}

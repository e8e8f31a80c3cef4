package org.cypf.socialcare.api.returns;

import java.util.List;

/**
 * What an import stored, child by child: every child whose rows are all valid is stored; a child with an error in
 * any of their rows is held back whole (none of their rows is stored), and every error and warning is listed.
 *
 * @param dryRun           true when the files were only checked (nothing stored)
 * @param childrenStored   children of the header file stored (or, in a dry run, that would be)
 * @param childrenHeldBack children held back because a row of theirs is in error
 * @param files            per file read: rows, records added, records changed (an open episode or missing episode
 *                         ended, a blank header field filled) and rows that matched what was already recorded, counting
 *                         the rows of children stored only
 * @param issues           every error and warning, in the order of file and line
 */
public record Ssda903ImportResult(int collectionYear, boolean dryRun, int childrenStored, int childrenHeldBack,
                                  List<FileResult> files, List<ImportIssue> issues, List<String> notes) {
    public Ssda903ImportResult {
        files = List.copyOf(files);
        issues = List.copyOf(issues);
        notes = List.copyOf(notes);
    }

    public record FileResult(String file, int rows, int added, int changed, int unchanged) {}

    /** Whether any child was held back (an issue of severity {@code error}). */
    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == ImportIssue.Severity.ERROR);
    }
}

package org.cypf.socialcare.api.returns;

import java.util.List;

/**
 * What a CIN census import stored, child by child.
 *
 * @param dryRun            true when the file was only checked (nothing stored)
 * @param childrenStored    children whose data is valid, stored (or, in a dry run, that would be)
 * @param childrenHeldBack  children held back because an error is about them (none of their data is stored)
 * @param episodesAdded     CIN episodes (CINdetails) of the children stored that CYPF did not hold
 * @param episodesUnchanged CIN episodes of the children stored that match what CYPF holds
 * @param issues            every error and query, in the order of line; {@code file} is the file name, {@code column}
 *                          the element's path in the child (e.g. {@code CINdetails[1].Assessments[1].AssessmentAuthorisationDate})
 */
public record CinCensusImportResult(int collectionYear, boolean dryRun, int childrenStored, int childrenHeldBack,
                                    int episodesAdded, int episodesUnchanged, List<ImportIssue> issues,
                                    List<String> notes) {
    public CinCensusImportResult {
        issues = List.copyOf(issues);
        notes = List.copyOf(notes);
    }

    /** Whether any child was held back (an issue of severity {@code error}). */
    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == ImportIssue.Severity.ERROR);
    }
}

package org.cypf.socialcare.api.returns;

import java.util.List;

/**
 * What an import stored.
 *
 * @param files per file read: rows, records added, records changed (an open episode or missing episode ended, a
 *              blank header field filled) and rows that matched what was already recorded
 */
public record Ssda903ImportResult(int collectionYear, List<FileResult> files, List<String> notes) {
    public Ssda903ImportResult {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }

    public record FileResult(String file, int rows, int added, int changed, int unchanged) {}
}

package org.cypf.socialcare.api.returns;

import java.time.LocalDate;
import java.util.List;

/**
 * A collection year's SSDA903 files.
 *
 * @param notes what the files leave out and why (e.g. each child of the OC2 cohort left out, and the value missing)
 */
public record Ssda903Return(int collectionYear, LocalDate from, LocalDate to, List<CsvFile> files,
                            List<String> notes) {
    public Ssda903Return {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }
}

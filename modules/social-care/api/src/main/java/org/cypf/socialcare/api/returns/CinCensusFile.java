package org.cypf.socialcare.api.returns;

import java.time.LocalDate;
import java.util.List;

/**
 * A CIN census file: the collection year (named by its start year), its first and last days, the file's name and
 * its XML text (UTF-8), and notes on what CYPF leaves out because it does not hold it.
 */
public record CinCensusFile(int collectionYear, LocalDate from, LocalDate to, String fileName, String xml,
                            List<String> notes) {
    public CinCensusFile {
        notes = List.copyOf(notes);
    }
}

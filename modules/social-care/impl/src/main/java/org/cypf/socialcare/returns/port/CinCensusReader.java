package org.cypf.socialcare.returns.port;

import org.cypf.socialcare.returns.domain.CinCensusUpload;

/** Reads a CIN census file in the DfE's XML shape, child by child, naming every element it cannot read. */
public interface CinCensusReader {

    /** The most characters a file may hold: a national-size authority's year is well under this. */
    int MAX_CHARS = 100 * 1024 * 1024;

    /**
     * Reads {@code xml} as the census of {@code collectionYear}. What cannot be read about a child is an error about
     * that child in the upload; a file that is not a CIN census at all (not XML, a DTD, another root, another year's
     * reference date, over {@link #MAX_CHARS}) is an error about the whole file.
     */
    CinCensusUpload read(int collectionYear, String fileName, String xml);
}

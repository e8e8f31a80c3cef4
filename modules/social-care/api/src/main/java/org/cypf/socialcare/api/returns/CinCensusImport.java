package org.cypf.socialcare.api.returns;

import org.cypf.governance.api.access.Caller;

/**
 * The DfE's CIN census XML read into CYPF, to migrate another system's history, child by child: every child whose
 * data is valid is stored, each child with an error is held back whole, and every error and query is reported with
 * the DfE CIN validation rule it enforces. See docs/guides/integrators-cin-census.md.
 */
public interface CinCensusImport {

    /**
     * Imports the census of the collection year starting 1 April {@code collectionYear}. A child's episode that
     * matches what CYPF holds changes nothing, so importing the same file again is harmless.
     *
     * @throws org.cypf.kernel.problem.InvalidInput when the file cannot be read at all (not XML, a DTD, not a CIN
     *                                              census, another year's), naming what is wrong; nothing is stored
     */
    CinCensusImportResult importCensus(Caller caller, int collectionYear, String xml);

    /** The same checks as {@link #importCensus}, storing nothing (a dry run). */
    CinCensusImportResult checkCensus(Caller caller, int collectionYear, String xml);
}

package org.cypf.socialcare.api.returns;

import java.util.List;
import org.cypf.governance.api.access.Caller;

/**
 * The DfE's SSDA903 return (children looked after), as CSV files (or the XML layout) in the DfE's layout: produced
 * from CYPF's records for a collection year, and read back in to migrate from another system. See
 * docs/guides/integrators-ssda903.md.
 */
public interface Ssda903Returns {

    /**
     * The return for the collection year starting 1 April {@code collectionYear} (2024 is 2024-25): every child's
     * record in it is read, so each is authorised and audited.
     */
    Ssda903Return exportReturn(Caller caller, int collectionYear);

    /**
     * The same return in {@code layout}: the CSV files, or one XML document ({@code ssda903.xml}) holding the same
     * rows child by child. An import reads either layout (a file whose text opens a tag is the XML).
     */
    Ssda903Return exportReturn(Caller caller, int collectionYear, Ssda903Layout layout);

    /**
     * Reads a return's files into CYPF child by child: every child whose rows are all valid is stored, each child
     * with an error is held back whole, and every error and warning is reported (each naming the DfE rule it
     * enforces, where there is one). A row that matches what is recorded changes nothing, so importing the same files
     * again is harmless. A file that cannot be read at all stores nothing.
     *
     * @throws org.cypf.kernel.problem.InvalidInput when a file cannot be read (not CSV, not a return's file, too big)
     */
    Ssda903ImportResult importReturn(Caller caller, int collectionYear, List<CsvFile> files);

    /** The same checks as {@link #importReturn}, storing nothing (a dry run): the result says what would be stored. */
    Ssda903ImportResult checkReturn(Caller caller, int collectionYear, List<CsvFile> files);

    /**
     * Records CONVICTED of the OC2 file for a child known to social care and a collection year (no other context
     * holds it): the child's record is authorised and audited as updated.
     */
    ConvictedView recordConvicted(Caller caller, RecordConvicted command);
}

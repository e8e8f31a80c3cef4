package org.cypf.socialcare.api.returns;

import java.util.List;
import org.cypf.governance.api.access.Caller;

/**
 * The DfE's SSDA903 return (children looked after), as CSV files in the DfE's layout: produced from CYPF's records
 * for a collection year, and read back in to migrate from another system. See docs/guides/integrators-ssda903.md.
 */
public interface Ssda903Returns {

    /**
     * The return for the collection year starting 1 April {@code collectionYear} (2024 is 2024-25): every child's
     * record in it is read, so each is authorised and audited.
     */
    Ssda903Return exportReturn(Caller caller, int collectionYear);

    /**
     * Reads a return's files into CYPF, all or nothing: every row error is reported (as
     * {@code <file>[<line>].<COLUMN>}, the line counting the header as 1) and nothing is stored from a file set with
     * any. A row that matches what is recorded changes nothing, so importing the same files again is harmless.
     *
     * @throws org.cypf.kernel.problem.InvalidInput with every row error
     */
    Ssda903ImportResult importReturn(Caller caller, int collectionYear, List<CsvFile> files);
}

package org.cypf.healthwellbeing.api.send;

import org.cypf.governance.api.access.Caller;

/**
 * The SEN2 return (DfE, person level) for a collection year: every request for an EHC needs assessment, assessment
 * and plan the year counts, in the DfE's XML layout. Each child in it is authorised and audited as listed.
 */
public interface Sen2Export {

    /** @param collectionYear the year of the census date, e.g. 2026 for the census of 15 January 2026 */
    Sen2File sen2(Caller caller, int collectionYear);
}

package org.cypf.healthwellbeing.api.mentalhealth;

import org.cypf.governance.api.access.Caller;

/**
 * Hospital admissions as a result of self-harm, by age band (10-14, 15-19, 20-24), loaded from a CSV file in the
 * layout of OHID's Fingertips data download. Counts for an area, not a child's record: a load is authorised once
 * for the record type and audited naming no child. A file with any wrong row is refused whole, each error naming
 * its row and column and the rule broken, and nothing is stored.
 */
public interface SelfHarmAdmissionsImports {

    SelfHarmAdmissionsImported importFile(Caller caller, String csv);
}

package org.cypf.healthwellbeing.api.childhealth;

import org.cypf.governance.api.access.Caller;

/**
 * Child health measures imported from CSV files, one file per kind ({@code births}, {@code infant-feeding},
 * {@code child-measurements}, {@code oral-health}, {@code immunisations}). A file with any wrong row is refused
 * whole, each error naming its row and column and the rule broken, and nothing is stored.
 */
public interface ChildHealthImports {

    ChildHealthImported importFile(Caller caller, String kind, String csv);
}

package org.cypf.socialcare.returns.domain;

/**
 * The codes of the SSDA903 import's checks that enforce no DfE validation rule, each with the reason it has none
 * (docs/guides/integrators-ssda903.md lists them). A code is never a number, so it is never taken for a DfE rule.
 */
public final class Ssda903OwnChecks {
    /**
     * CHILD's shape, a row's CHILD in the header with the header's DOB (and SEX), a key given twice: the DfE's loader
     * joins the files on CHILD before any numbered rule runs.
     */
    public static final String CHILD = "CYPF-CHILD";
    /** A mandatory field left blank where the DfE's rule for that field checks only a value that is given. */
    public static final String REQUIRED = "CYPF-REQUIRED";
    /** A row that does not belong to this collection year's return (the DfE collects one year a return). */
    public static final String YEAR = "CYPF-YEAR";
    /** A value's shape (postcode, URN, LA_PERM) the DfE checks against registers CYPF does not hold. */
    public static final String FORMAT = "CYPF-FORMAT";
    /** A row that contradicts what CYPF holds, or needs a record CYPF does not hold: the DfE sees only the files. */
    public static final String HELD = "CYPF-HELD";
    /** The UPN's check letter, a warning: the DfE's SSDA903 rule 168 checks the UPN's shape only. */
    public static final String UPN_CHECK_LETTER = "CYPF-UPN-CHECK";
    /** Any other rule a record keeps when it is recorded through CYPF's API (a date not in the future, say). */
    public static final String RECORD = "CYPF-RECORD";

    private Ssda903OwnChecks() {
    }
}

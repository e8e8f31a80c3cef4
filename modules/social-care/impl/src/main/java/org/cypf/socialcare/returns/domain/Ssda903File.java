package org.cypf.socialcare.returns.domain;

import java.util.List;
import java.util.Set;

/**
 * The files of the SSDA903 return and their columns, in the DfE's order (shared/DOMAIN.md; the DfE's SSDA903 CSV
 * specification). A file is recognised by its header row, whatever its name, as the DfE's own validator does.
 */
public enum Ssda903File {
    HEADER("header.csv", "CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
    EPISODES("episodes.csv", "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
            "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"),
    REVIEWS("reviews.csv", "CHILD", "DOB", "REVIEW", "REVIEW_CODE"),
    UASC("uasc.csv", "CHILD", "SEX", "DOB", "DUC"),
    MISSING("missing.csv", "CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
    OC2("oc2.csv", "CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS",
            "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
    OC3("oc3.csv", "CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"),
    AD1("ad1.csv", "CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"),
    PLACED_ADOPTION("placed_adoption.csv", "CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
    PREV_PERM("prev_perm.csv", "CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM");

    private final String fileName;
    private final List<String> columns;

    Ssda903File(String fileName, String... columns) {
        this.fileName = fileName;
        this.columns = List.of(columns);
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }

    /** The file whose columns are exactly {@code header} (in any order), if any. */
    public static Ssda903File recognise(List<String> header) {
        Set<String> given = Set.copyOf(header.stream().map(String::strip).toList());
        for (Ssda903File f : values()) {
            if (given.size() == header.size() && given.equals(Set.copyOf(f.columns))) {
                return f;
            }
        }
        return null;
    }
}

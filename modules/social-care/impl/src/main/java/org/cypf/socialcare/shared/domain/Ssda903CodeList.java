package org.cypf.socialcare.shared.domain;

/** The SSDA903 code lists social care validates against (reference data in {@code ssda903-code-lists.csv}). */
public enum Ssda903CodeList {
    REASON_NEW_EPISODE,
    LEGAL_STATUS,
    CATEGORY_OF_NEED,
    PLACEMENT_TYPE,
    PLACEMENT_PROVIDER,
    REASON_EPISODE_CEASED,
    /** REASON_PLACE_CHANGE, for episodes opened by a change of placement (RNE P, T, B, U). */
    REASON_PLACE_CHANGE,
    /** REVIEW_CODE: the child's participation in a looked-after review. */
    REVIEW_CODE,
    /** MISSING: M missing, A away from placement without authorisation. */
    MISSING,
    /** OC3 IN_TOUCH. */
    OC3_IN_TOUCH,
    /** OC3 ACTIV: education, employment or training. */
    OC3_ACTIVITY,
    /** OC3 ACCOM: the kind of accommodation (a letter) and whether it is suitable (1) or not (2). */
    OC3_ACCOMMODATION,
    /** PrevPerm PREV_PERM. */
    PREVIOUS_PERMANENCE,
    /** PlacedAdoption REASON_PLACED_CEASED: why the child should no longer be placed for adoption. */
    REASON_PLACED_CEASED,
    /** AD1 SEX_ADOPTR. */
    SEX_OF_ADOPTERS,
    /** AD1 LS_ADOPTR. */
    LEGAL_STATUS_OF_ADOPTERS
}

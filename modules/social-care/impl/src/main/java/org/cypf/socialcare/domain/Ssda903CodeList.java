package org.cypf.socialcare.domain;

/** The SSDA903 code lists social care validates against (reference data in {@code ssda903-code-lists.csv}). */
public enum Ssda903CodeList {
    REASON_NEW_EPISODE,
    LEGAL_STATUS,
    CATEGORY_OF_NEED,
    PLACEMENT_TYPE,
    PLACEMENT_PROVIDER,
    REASON_EPISODE_CEASED
}

package org.cypf.educationskills.participation.domain;

/** What an NCCIS activity code counts as in the participation measures. */
public enum ActivityGroup {
    /** In education, employment or training (the 100 to 400 series, apprenticeships 310 among them). */
    EET,
    /** Not in education, employment or training: active (540, 550, 610, 615, 616, 619) or inactive (620 to 680). */
    NEET,
    /** Activity not known (810, 820, 830). */
    NOT_KNOWN,
    /** Neither: custody (710), which the DfE leaves out of the cohort its participation rates count. */
    OTHER
}

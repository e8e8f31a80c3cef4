package org.cypf.educationskills.exclusions.domain;

/** The school census's categories of exclusion that CYPF holds (lunchtime suspensions are not held). */
public enum ExclusionCategory {
    /** A suspension (census FIXD, formerly a fixed-period exclusion): for a number of sessions. */
    SUSPENSION("FIXD"),
    /** A permanent exclusion (census PERM): the pupil is removed from the school's roll. */
    PERMANENT("PERM");

    private final String censusCode;

    ExclusionCategory(String censusCode) {
        this.censusCode = censusCode;
    }

    public String censusCode() {
        return censusCode;
    }

    public static ExclusionCategory ofCensusCode(String code) {
        for (ExclusionCategory c : values()) {
            if (c.censusCode.equalsIgnoreCase(code)) {
                return c;
            }
        }
        throw org.cypf.kernel.problem.InvalidInput.of("category", code == null || code.isBlank() ? "is required"
                : "must be FIXD (a suspension) or PERM (a permanent exclusion)");
    }
}

package org.cypf.educationskills.alternativeprovision.domain;

/**
 * The kinds of setting a pupil is placed in for alternative provision (ADR 0048). The first four are schools the DfE
 * registers, each with a URN in Get Information about Schools (its {@code TypeOfEstablishment}: pupil referral unit,
 * academy alternative provision converter or sponsor led, free schools alternative provision, other independent
 * school); a further education college has a UKPRN; an unregistered provider has no URN and is named by its UKPRN.
 */
public enum ApSettingType {
    PUPIL_REFERRAL_UNIT("pupil referral unit", true),
    AP_ACADEMY("alternative provision academy", true),
    AP_FREE_SCHOOL("alternative provision free school", true),
    INDEPENDENT_SCHOOL("registered independent school", true),
    FURTHER_EDUCATION_COLLEGE("further education college", false),
    UNREGISTERED_PROVIDER("unregistered provider", false);

    private final String label;
    private final boolean registeredSchool;

    ApSettingType(String label, boolean registeredSchool) {
        this.label = label;
        this.registeredSchool = registeredSchool;
    }

    public String label() {
        return label;
    }

    /** A school the DfE registers, so named by its URN. */
    public boolean isRegisteredSchool() {
        return registeredSchool;
    }
}

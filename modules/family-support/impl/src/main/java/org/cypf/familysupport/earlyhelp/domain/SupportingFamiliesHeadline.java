package org.cypf.familysupport.earlyhelp.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ten headlines of the Supporting Families outcome framework, in the order and words of the domain reference
 * (DOMAIN.md, "Family support"). The reference gives names only; the code is the name in upper snake case (ADR 0060).
 */
public enum SupportingFamiliesHeadline {
    GOOD_EDUCATION("good education"),
    GOOD_EARLY_YEARS_DEVELOPMENT("good early years development"),
    IMPROVED_MENTAL_AND_PHYSICAL_HEALTH("improved mental and physical health"),
    RECOVERY_FROM_SUBSTANCE_MISUSE("recovery from substance misuse"),
    IMPROVED_FAMILY_RELATIONSHIPS("improved family relationships"),
    SAFE_FROM_ABUSE_AND_EXPLOITATION("safe from abuse and exploitation"),
    CRIME_PREVENTION("crime prevention"),
    SAFE_FROM_DOMESTIC_ABUSE("safe from domestic abuse"),
    SECURE_HOUSING("secure housing"),
    FINANCIAL_STABILITY("financial stability");

    private final String title;

    SupportingFamiliesHeadline(String title) {
        this.title = title;
    }

    /** The headline as the framework words it. */
    public String title() {
        return title;
    }

    public static Optional<SupportingFamiliesHeadline> of(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(h -> h.name().equals(code.strip())).findFirst();
    }
}

package org.cypf.socialcare.permanence.domain;

/**
 * The options a plan for permanence chooses from (Children Act 1989 guidance, volume 2: care planning, placement and
 * case review, chapter 2). CYPF's own list: the SSDA903 records what happened, not what was planned.
 */
public enum PermanenceOption {
    /** Return to the child's parents or a person with parental responsibility. */
    REUNIFICATION,
    ADOPTION,
    SPECIAL_GUARDIANSHIP,
    /** A child arrangements order (formerly a residence order), often with a relative or friend. */
    CHILD_ARRANGEMENTS_ORDER,
    /** Long-term fostering, confirmed as the plan (SSDA903 placements U1, U4). */
    LONG_TERM_FOSTERING;

    /** The option named {@code text}, or null when there is none of that name. */
    public static PermanenceOption named(String text) {
        for (PermanenceOption o : values()) {
            if (o.name().equals(text)) {
                return o;
            }
        }
        return null;
    }
}

package org.cypf.socialcare.protection.domain;

import java.util.Arrays;
import org.cypf.kernel.problem.Violations;

/** What an initial child protection conference decided. */
public enum ConferenceOutcome {
    /** The child becomes the subject of a child protection plan. */
    CHILD_PROTECTION_PLAN,
    /** No plan (the child may still be supported as a child in need). */
    NO_PLAN;

    /** The value named {@code text}, or null with the reason recorded against {@code field}. */
    public static ConferenceOutcome parse(Violations v, String field, String text) {
        if (text == null || text.isBlank()) {
            v.add(field, "is required");
            return null;
        }
        for (ConferenceOutcome value : values()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        v.add(field, "must be one of " + Arrays.toString(values()));
        return null;
    }
}

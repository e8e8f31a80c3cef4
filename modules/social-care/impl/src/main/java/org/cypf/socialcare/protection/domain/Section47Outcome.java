package org.cypf.socialcare.protection.domain;

import java.util.Arrays;
import org.cypf.kernel.problem.Violations;

/**
 * What a section 47 enquiry concluded. In the CIN census an enquiry whose outcome is not {@link #INITIAL_CONFERENCE}
 * is recorded with ICPCnotRequired.
 */
public enum Section47Outcome {
    /** Concerns not substantiated; no further action. */
    NO_FURTHER_ACTION,
    /** Concerns not substantiated, but the child is in need: a child in need plan. */
    CHILD_IN_NEED_PLAN,
    /** Concerns substantiated and the child judged likely to suffer significant harm: an initial conference. */
    INITIAL_CONFERENCE;

    /** The value named {@code text}, or null with the reason recorded against {@code field}. */
    public static Section47Outcome parse(Violations v, String field, String text) {
        if (text == null || text.isBlank()) {
            v.add(field, "is required");
            return null;
        }
        for (Section47Outcome value : values()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        v.add(field, "must be one of " + Arrays.toString(values()));
        return null;
    }
}

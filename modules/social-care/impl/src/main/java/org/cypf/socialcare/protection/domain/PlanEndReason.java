package org.cypf.socialcare.protection.domain;

import java.util.Arrays;
import org.cypf.kernel.problem.Violations;

/**
 * Why a child protection plan ended. The CIN census records only the end date; these reasons follow the DfE's
 * former CPR3 return and Working Together 2023 (a plan ends when the child is no longer judged at continuing risk of
 * significant harm, becomes looked after, moves away, reaches 18 or dies).
 */
public enum PlanEndReason {
    /** The child is no longer judged to be at continuing risk of significant harm. */
    NO_LONGER_AT_RISK,
    /** The child became looked after (the care plan replaces the protection plan). */
    BECAME_LOOKED_AFTER,
    /** The child moved to another local authority, which took over the plan. */
    TRANSFERRED_TO_ANOTHER_AUTHORITY,
    /** The young person reached 18. */
    REACHED_18,
    DIED,
    OTHER;

    /** The value named {@code text}, or null with the reason recorded against {@code field}. */
    public static PlanEndReason parse(Violations v, String field, String text) {
        if (text == null || text.isBlank()) {
            v.add(field, "is required");
            return null;
        }
        for (PlanEndReason value : values()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        v.add(field, "must be one of " + Arrays.toString(values()));
        return null;
    }
}

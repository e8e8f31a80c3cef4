package org.cypf.socialcare.assessment.domain;

import java.util.Arrays;
import org.cypf.kernel.problem.Violations;

/** What a child and family assessment concluded. */
public enum AssessmentOutcome {
    /** No further action: in the CIN census the episode then closes (reason RC8) unless other work continues. */
    NO_FURTHER_ACTION,
    /** The child is in need (Children Act 1989 s17): a child in need plan. */
    CHILD_IN_NEED_PLAN,
    /** Reasonable cause to suspect significant harm: a strategy discussion and section 47 enquiry. */
    CHILD_PROTECTION_ENQUIRY;

    /** The outcome named {@code text}, or null with the reason recorded against {@code field}. */
    public static AssessmentOutcome parse(Violations v, String field, String text) {
        if (text == null || text.isBlank()) {
            v.add(field, "is required");
            return null;
        }
        for (AssessmentOutcome o : values()) {
            if (o.name().equals(text)) {
                return o;
            }
        }
        v.add(field, "must be one of " + Arrays.toString(values()));
        return null;
    }
}

package org.cypf.socialcare.frontdoor.domain;

import java.util.Arrays;
import org.cypf.kernel.problem.Violations;

/**
 * What the front door decided about a contact, within one working day of receiving it (Working Together to
 * Safeguard Children 2023: "within one working day of a referral being received, a local authority social worker
 * should make a decision about the type of response required").
 */
public enum ContactDecision {
    NO_FURTHER_ACTION,
    INFORMATION_AND_ADVICE,
    /** Family help below the threshold for social care: family support is told (social-care.contact-stepped-down-to-early-help). */
    STEP_DOWN_TO_EARLY_HELP,
    /** Accepted as a referral to children's social care: opens a CIN episode for a child and family assessment. */
    REFERRAL_FOR_ASSESSMENT,
    /** Reasonable cause to suspect significant harm: a referral, and a strategy discussion to follow. */
    STRATEGY_DISCUSSION;

    /** Whether the decision makes the contact a referral (the start of a CIN census episode). */
    public boolean opensReferral() {
        return this == REFERRAL_FOR_ASSESSMENT || this == STRATEGY_DISCUSSION;
    }

    /** The decision named {@code text}, or null with the reason recorded against {@code field}. */
    public static ContactDecision parse(Violations v, String field, String text) {
        if (text == null || text.isBlank()) {
            v.add(field, "is required");
            return null;
        }
        for (ContactDecision d : values()) {
            if (d.name().equals(text)) {
                return d;
            }
        }
        v.add(field, "must be one of " + Arrays.toString(values()));
        return null;
    }
}

package org.cypf.healthwellbeing.childrenincare.domain;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.cypf.kernel.problem.Violations;

/** The checks statutory guidance asks for a child in care, as the SSDA903 OC2 file counts them. */
public enum CheckKind {
    /** A health assessment by a doctor or nurse: the first after entering care is the initial one (IHA). */
    HEALTH_ASSESSMENT,
    DENTAL_CHECK,
    /** Whether the child's immunisations are up to date for their age. */
    IMMUNISATIONS,
    /** A strengths and difficulties questionnaire: its total difficulties score. */
    SDQ,
    /** A development check of a child under 5: are their development assessments up to date (OC2 HEALTH_CHECK)? */
    DEVELOPMENT_CHECK,
    /**
     * A substance misuse problem identified (OC2 SUBSTANCE_MISUSE), with whether the child received an intervention
     * for it and, if not, whether one was offered and refused (INTERVENTION_RECEIVED, INTERVENTION_OFFERED).
     */
    SUBSTANCE_MISUSE,
    /** An SDQ that was not done, and why: the DfE's SDQ_REASON codes SDQ1-SDQ5. */
    SDQ_NOT_DONE;

    /** The kind named, or null with the field's violation added. */
    public static CheckKind parse(Violations v, String field, String name) {
        if (name == null || name.isBlank()) {
            v.add(field, "is required: one of " + names());
            return null;
        }
        return Arrays.stream(values()).filter(k -> k.name().equals(name.strip())).findFirst().orElseGet(() -> {
            v.add(field, "must be one of " + names());
            return null;
        });
    }

    private static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}

package org.cypf.educationskills.settings.domain;

import java.util.Objects;
import org.cypf.educationskills.shared.domain.Urn;
import org.cypf.kernel.problem.Violations;

/**
 * What the establishment register says of one setting, in GIAS's words: the names of its type, phase and trust
 * (GIAS extracts carry both codes and names; CYPF keeps the names, which are what reports show).
 *
 * @param trust    null when the setting is in no trust
 * @param postcode null when GIAS gives none (some alternative provision)
 */
public record RegisterEntry(Urn urn, String name, String typeOfEstablishment, String phaseOfEducation, String trust,
                            String postcode) {
    public RegisterEntry {
        Objects.requireNonNull(urn, "urn");
        var v = new Violations();
        v.check(name != null && !name.isBlank(), "name", "is required");
        v.check(typeOfEstablishment != null && !typeOfEstablishment.isBlank(), "typeOfEstablishment", "is required");
        v.check(phaseOfEducation != null && !phaseOfEducation.isBlank(), "phaseOfEducation", "is required");
        v.throwIfAny();
        trust = blankAsNull(trust);
        postcode = blankAsNull(postcode);
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

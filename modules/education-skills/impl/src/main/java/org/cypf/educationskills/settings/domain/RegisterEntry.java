package org.cypf.educationskills.settings.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.cypf.educationskills.shared.domain.Ukprn;
import org.cypf.educationskills.shared.domain.Urn;
import org.cypf.kernel.problem.Violations;

/**
 * What the establishment register says of one setting, in GIAS's words: the names of its type, phase and trust
 * (GIAS extracts carry both codes and names; CYPF keeps the names, which are what reports show), its locality and
 * its latest Ofsted inspection (ADR 0040).
 *
 * @param ukprn             null when GIAS gives none (most schools have one; some early years settings do not)
 * @param trust             null when the setting is in no trust
 * @param postcode          null when GIAS gives none (some alternative provision)
 * @param locality          the administrative ward GIAS places the setting in; null when it gives none
 * @param inspectionOutcome the latest inspection's outcome as GIAS names it (e.g. {@code Good}); null when it gives
 *                          none, as for a school inspected since September 2024, when the single word went
 * @param inspectedOn       the latest inspection's day; null when not inspected
 */
public record RegisterEntry(Urn urn, Ukprn ukprn, String name, String typeOfEstablishment, String phaseOfEducation,
                            String trust, String postcode, String locality, String inspectionOutcome,
                            LocalDate inspectedOn) {
    public RegisterEntry {
        Objects.requireNonNull(urn, "urn");
        var v = new Violations();
        v.check(name != null && !name.isBlank(), "name", "is required");
        v.check(typeOfEstablishment != null && !typeOfEstablishment.isBlank(), "typeOfEstablishment", "is required");
        v.check(phaseOfEducation != null && !phaseOfEducation.isBlank(), "phaseOfEducation", "is required");
        v.throwIfAny();
        trust = blankAsNull(trust);
        postcode = blankAsNull(postcode);
        locality = blankAsNull(locality);
        inspectionOutcome = blankAsNull(inspectionOutcome);
    }

    /** An entry giving only what every GIAS extract carries (no UKPRN, locality or inspection). */
    public RegisterEntry(Urn urn, String name, String typeOfEstablishment, String phaseOfEducation, String trust,
                         String postcode) {
        this(urn, null, name, typeOfEstablishment, phaseOfEducation, trust, postcode, null, null, null);
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

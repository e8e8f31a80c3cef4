package org.cypf.socialcare.lookedafter.domain;

import java.time.LocalDate;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Violations;
import org.cypf.socialcare.shared.domain.Child;

/**
 * A child who is, or was, an unaccompanied asylum-seeking child (SSDA903 UASC). {@code dateCeased} (DUC) is the day
 * they stopped being one, at the latest their 18th birthday; null while they still are.
 */
public record UnaccompaniedAsylumSeeker(ChildId childId, LocalDate dateCeased, long version) {

    public static UnaccompaniedAsylumSeeker record(Child child, LocalDate dateCeased, long version, LocalDate today) {
        var v = new Violations();
        if (dateCeased != null) {
            if (dateCeased.isBefore(child.dateOfBirth())) {
                v.add("dateCeased", "must not be before the child's date of birth");
            } else if (dateCeased.isAfter(eighteenthBirthday(child))) {
                v.add("dateCeased", "must not be after the child's 18th birthday (" + eighteenthBirthday(child)
                        + "): a child stops being an UASC at 18");
            } else if (dateCeased.isAfter(today)) {
                v.add("dateCeased", "must not be in the future");
            }
        }
        v.throwIfAny();
        return new UnaccompaniedAsylumSeeker(child.id(), dateCeased, version);
    }

    /** SSDA903 DUC: the date ceased, or for a child still an UASC the day they will cease, their 18th birthday. */
    public LocalDate returnedDateCeased(Child child) {
        return dateCeased != null ? dateCeased : eighteenthBirthday(child);
    }

    public static LocalDate eighteenthBirthday(Child child) {
        return child.dateOfBirth().plusYears(18);
    }
}

package org.cypf.socialcare.shared.domain;

import java.time.LocalDate;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Violations;

/**
 * A child known to social care, identified as in the SSDA903 header.
 *
 * @param localChildId the authority's reference (CHILD): 1-10 letters or digits
 * @param sex          SSDA903 SEX: 1 male, 2 female
 */
public record Child(ChildId id, String localChildId, UniquePupilNumber upn, NhsNumber nhsNumber,
                    LocalDate dateOfBirth, String sex) {

    /** Checks the child's details, naming fields under {@code prefix} (e.g. {@code child.}); each is required. */
    public static void check(Violations v, String prefix, String localChildId, LocalDate dateOfBirth, String sex,
                             LocalDate today) {
        if (localChildId == null) {
            v.add(prefix + "localChildId", "is required");
        } else {
            v.check(localChildId.matches("[A-Za-z0-9]{1,10}"), prefix + "localChildId", "must be 1 to 10 letters or digits");
        }
        if (dateOfBirth == null) {
            v.add(prefix + "dateOfBirth", "is required");
        } else {
            v.check(!dateOfBirth.isAfter(today), prefix + "dateOfBirth", "must not be in the future");
        }
        if (sex == null) {
            v.add(prefix + "sex", "is required");
        } else {
            v.check(sex.equals("1") || sex.equals("2"), prefix + "sex", "must be 1 (male) or 2 (female), as SSDA903 records it");
        }
    }

    /** The same child, as far as social care can tell from a second record of their details. */
    public boolean isSameChildAs(String otherLocalChildId, LocalDate otherDateOfBirth) {
        return localChildId.equals(otherLocalChildId) && dateOfBirth.equals(otherDateOfBirth);
    }
}

package org.cypf.familysupport.request.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What social care's front door handed over with a contact it stepped down to early help, so the family need not tell
 * its story again ("the right door is the first door", S001): the contact's CIN census referral source, the child's
 * date of birth and the family members the contact named. Kept as received; family support does not judge it.
 *
 * @param referralSource the contact's CIN census referral source code (DOMAIN.md), as social care recorded it
 */
public record HandedOver(String referralSource, LocalDate dateOfBirth, List<Member> familyMembers) {
    /** A family member the contact named. */
    public record Member(String name, String relationship) {}

    public HandedOver {
        familyMembers = List.copyOf(familyMembers);
    }
}

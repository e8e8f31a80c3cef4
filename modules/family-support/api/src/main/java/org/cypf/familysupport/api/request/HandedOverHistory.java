package org.cypf.familysupport.api.request;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.List;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.contract.Sensitive;

/**
 * What social care's front door handed over with a contact it stepped down to early help.
 *
 * @param referralSource the contact's CIN census referral source code, as social care recorded it
 * @param familyMembers  the family members the contact named, in its order
 */
public record HandedOverHistory(@Nullable String referralSource, @Sensitive(PERSONAL) @Nullable LocalDate dateOfBirth,
                                List<HandedOverFamilyMember> familyMembers) {
    public HandedOverHistory {
        familyMembers = List.copyOf(familyMembers);
    }
}

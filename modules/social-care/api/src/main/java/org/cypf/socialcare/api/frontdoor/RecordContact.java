package org.cypf.socialcare.api.frontdoor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cypf.kernel.contract.Nullable;
import org.cypf.socialcare.api.lookedafter.ChildDetails;

/**
 * A contact about a child, as received.
 *
 * @param source               CIN census referral source code (1A-1D individuals, 2A schools, 2B education services,
 *                             3A-3F health, 4 housing, 5A-5D local authority services, 6 police, 7 other legal agency,
 *                             8 other, 9 anonymous, 10 unknown)
 * @param referrerName         who made the contact, when known
 * @param referrerOrganisation the partner organisation they made it from, when one
 * @param worry                the worry in the contact's own words
 * @param familyMembers        the family members the contact names
 */
public record RecordContact(ChildDetails child, Instant receivedAt, String source, @Nullable String referrerName,
                            @Nullable String referrerOrganisation, String worry,
                            @Nullable List<FamilyMember> familyMembers) {
    /**
     * A copy the caller cannot change afterwards. Null (no one named), and null members in it, are kept: the domain
     * refuses a null member by field ({@code familyMembers[i]}), which {@link List#copyOf} would pre-empt.
     */
    public RecordContact {
        familyMembers = familyMembers == null ? null : Collections.unmodifiableList(new ArrayList<>(familyMembers));
    }
}

package org.cypf.socialcare.api.frontdoor;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;

/**
 * A contact as a client sees it; {@code version} is what a change must quote back.
 *
 * @param receivedOn             the day received, in England
 * @param decisionDueOn          one working day after {@code receivedOn}
 * @param decidedWithinTimescale null until decided
 * @param referralId             the referral the decision opened, if it opened one
 */
public record ContactView(UUID contactId, String childId, @Sensitive(PERSONAL) String localChildId, Instant receivedAt, LocalDate receivedOn,
                          String source, String referrerName, String referrerOrganisation, String worry,
                          List<FamilyMember> familyMembers, LocalDate decisionDueOn, String decision,
                          Instant decidedAt, LocalDate decidedOn, String decidedBy, String decisionNote,
                          Boolean decidedWithinTimescale, UUID referralId, long version) {
    public ContactView {
        familyMembers = List.copyOf(familyMembers);
    }
}

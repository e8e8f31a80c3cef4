package org.cypf.familysupport.api.event;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;
import static org.cypf.kernel.contract.Sensitive.Category.SOCIAL_CARE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;

/**
 * Early help stepped a child up to children's social care: the worry has grown beyond early help. Published by
 * family support when an early help episode steps the child up (once per episode, in the unit of work that records
 * it; ADR 0061); social care's front door records it as a contact from the authority's early help service (CIN
 * census referral source 5D).
 *
 * @param localChildId  the authority's reference for the child, shared by its children's systems (SSDA903 CHILD)
 * @param sex           as SSDA903 records it: 1 male, 2 female
 * @param reason        why early help steps up, in the lead practitioner's words
 */
@PublishedEvent(name = "family-support.early-help-stepped-up-to-social-care")
public record EarlyHelpSteppedUpToSocialCare(@Sensitive(PERSONAL) String localChildId,
                                             @Sensitive(PERSONAL) LocalDate dateOfBirth,
                                             @Sensitive(PERSONAL) String sex, UUID earlyHelpEpisodeId,
                                             Instant steppedUpAt, @Sensitive(SOCIAL_CARE) String reason,
                                             @Sensitive(PERSONAL) List<FamilyMember> familyMembers) implements IntegrationEvent {

    public EarlyHelpSteppedUpToSocialCare {
        familyMembers = familyMembers == null ? List.of() : List.copyOf(familyMembers);
    }

    /** A family member the early help plan names. */
    public record FamilyMember(String name, String relationship) {}

    @Override
    public String aggregateId() {
        return localChildId;
    }
}

package org.cypf.socialcare.api.event;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;
import static org.cypf.kernel.contract.Sensitive.Category.SOCIAL_CARE;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.contract.Sensitive;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;

/**
 * The front door decided that a contact about a child is best met by early help (family help below the threshold
 * for social care). Family support acts on it: a lead practitioner and an early help assessment for the family.
 *
 * @param childId        partnership-wide child identifier (kernel ChildId text)
 * @param referralSource the contact's CIN census referral source code
 * @param worry          the worry in the contact's own words
 * @param familyMembers  the family members the contact named
 */
@PublishedEvent(name = "social-care.contact-stepped-down-to-early-help")
public record ContactSteppedDownToEarlyHelp(@Sensitive(PERSONAL) String childId, UUID contactId, LocalDate decidedOn,
                                            @Sensitive(PERSONAL) LocalDate dateOfBirth, String referralSource,
                                            @Sensitive(SOCIAL_CARE) String worry,
                                            @Sensitive(PERSONAL) List<FamilyMember> familyMembers) implements IntegrationEvent {
    public ContactSteppedDownToEarlyHelp {
        familyMembers = List.copyOf(familyMembers);
    }

    /**
     * A family member the contact named, as the event carries it: the event's own type, so a subscriber reads only the
     * event (rule CTX-09), not the front door's api.
     *
     * @param relationship to the child, in the contact's words, when given
     */
    public record FamilyMember(String name, @Nullable String relationship) {}

    @Override
    public String aggregateId() {
        return childId;
    }
}

package org.cypf.socialcare.api.event;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;
import static org.cypf.kernel.contract.Sensitive.Category.SOCIAL_CARE;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;

/**
 * A child stopped being the subject of a child protection plan.
 *
 * @param reason NO_LONGER_AT_RISK, BECAME_LOOKED_AFTER, TRANSFERRED_TO_ANOTHER_AUTHORITY, REACHED_18, DIED or OTHER
 */
@PublishedEvent(name = "social-care.child-protection-plan-ended")
public record ChildProtectionPlanEnded(@Sensitive(PERSONAL) String childId, UUID planId,
                                       @Sensitive(SOCIAL_CARE) LocalDate endDate,
                                       @Sensitive(SOCIAL_CARE) String reason) implements IntegrationEvent {
    @Override
    public String aggregateId() {
        return childId;
    }
}

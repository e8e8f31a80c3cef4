package org.cypf.socialcare.api.event;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;
import static org.cypf.kernel.contract.Sensitive.Category.SOCIAL_CARE;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;

/**
 * A child became the subject of a child protection plan. Subscribers with duties to such children act on it (the
 * school's designated safeguarding lead, health visiting and school nursing).
 *
 * @param childId       partnership-wide child identifier (kernel ChildId text)
 * @param category      CIN census category of abuse (NEG, PHY, SAB, EMO, MUL)
 * @param previousPlans the child's plans before this one; a repeat plan when above 0
 */
@PublishedEvent(name = "social-care.child-protection-plan-started")
public record ChildProtectionPlanStarted(@Sensitive(PERSONAL) String childId, UUID planId,
                                         @Sensitive(SOCIAL_CARE) LocalDate startDate,
                                         @Sensitive(SOCIAL_CARE) String category,
                                         @Sensitive(SOCIAL_CARE) int previousPlans,
                                         @Sensitive(SOCIAL_CARE) boolean repeatPlan) implements IntegrationEvent {
    @Override
    public String aggregateId() {
        return childId;
    }
}

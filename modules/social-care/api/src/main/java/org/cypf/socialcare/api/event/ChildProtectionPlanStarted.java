package org.cypf.socialcare.api.event;

import java.time.LocalDate;
import java.util.UUID;
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
public record ChildProtectionPlanStarted(String childId, UUID planId, LocalDate startDate, String category,
                                         int previousPlans, boolean repeatPlan) implements IntegrationEvent {
    @Override
    public String aggregateId() {
        return childId;
    }
}

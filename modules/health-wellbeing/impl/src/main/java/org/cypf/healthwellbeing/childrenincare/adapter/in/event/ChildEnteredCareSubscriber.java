package org.cypf.healthwellbeing.childrenincare.adapter.in.event;

import java.util.List;
import org.cypf.governance.api.access.Caller;
import org.cypf.healthwellbeing.api.childrenincare.ChildrenInCareHealth;
import org.cypf.healthwellbeing.api.childrenincare.RegisterEntryToCare;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.events.EventSubscription;
import org.cypf.socialcare.api.event.ChildEnteredCare;

/**
 * Health listens to social care: a child entering care opens the period of care's health record with the initial
 * health assessment due. Applied once: the inbox stops a redelivery, and the record is keyed on social care's period
 * of care besides. Its id is a stable name: deliveries and the inbox are keyed on it.
 */
public final class ChildEnteredCareSubscriber {
    public static final String SUBSCRIBER = "health-wellbeing.children-in-care.child-entered-care";
    private static final Caller LOOKED_AFTER_HEALTH = Caller.system("health-wellbeing.children-in-care");

    private final ChildrenInCareHealth health;
    private final ContextDatabase database;

    public ChildEnteredCareSubscriber(ChildrenInCareHealth health, ContextDatabase database) {
        this.health = health;
        this.database = database;
    }

    public List<EventSubscription> subscriptions() {
        return List.of(EventSubscription.named(SUBSCRIBER, database)
                .on(ChildEnteredCare.class, (event, meta) -> health.registerEntryToCare(LOOKED_AFTER_HEALTH,
                        new RegisterEntryToCare(event.childId(), event.periodId(), event.dateOfBirth(),
                                event.startDate()))));
    }
}

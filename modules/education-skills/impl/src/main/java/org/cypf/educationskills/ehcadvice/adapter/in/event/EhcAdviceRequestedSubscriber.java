package org.cypf.educationskills.ehcadvice.adapter.in.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cypf.educationskills.api.event.EhcAdviceGiven;
import org.cypf.healthwellbeing.api.event.EhcAdviceRequested;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.events.EventSubscription;

/**
 * Education and skills answers health's requests for advice to an EHC needs assessment (ADR 0052): a request naming
 * {@value #ADVISER} is answered with {@code education-skills.ehc-advice-given}, published through the outbox in the inbox's
 * transaction, so each request is answered once. The minimal answer: the advice itself is written by the child's
 * practitioner outside CYPF, and the answer records the day Education and skills gave it (the day the request arrived). Requests
 * naming another adviser are passed over. Its id is a stable name: deliveries and the inbox are keyed on it.
 */
public final class EhcAdviceRequestedSubscriber {
    public static final String SUBSCRIBER = "education-skills.ehc-advice.ehc-advice-requested";
    static final String ADVISER = "education-skills";

    private final IntegrationEvents events;
    private final ContextDatabase database;
    private final Clock clock;

    public EhcAdviceRequestedSubscriber(IntegrationEvents events, ContextDatabase database, Clock clock) {
        this.events = events;
        this.database = database;
        this.clock = clock;
    }

    public List<EventSubscription> subscriptions() {
        return List.of(EventSubscription.named(SUBSCRIBER, database).on(EhcAdviceRequested.class, (event, meta) -> {
            if (ADVISER.equals(event.adviser())) {
                events.publish(new EhcAdviceGiven(event.childId(), event.requestId(), LocalDate.now(clock)));
            }
        }));
    }
}

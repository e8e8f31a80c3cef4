package org.cypf.healthwellbeing.send.adapter.in.event;

import java.util.List;
import org.cypf.governance.api.access.Caller;
import org.cypf.healthwellbeing.api.send.EhcNeedsAssessments;
import org.cypf.healthwellbeing.api.send.ReceiveEhcAdvice;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.events.EventSubscription;

/**
 * SEND listens to the advisers' answers: social care's and education's {@code ehc-advice-given} record the day
 * each answer came back against the request it names. Applied once: the inbox stops a redelivery, and a request
 * records each adviser's answer once besides. Its id is a stable name: deliveries and the inbox are keyed on it.
 */
public final class EhcAdviceGivenSubscriber {
    public static final String SUBSCRIBER = "health-wellbeing.send.ehc-advice-given";
    private static final Caller SEND = Caller.system("health-wellbeing.send");

    private final EhcNeedsAssessments ehc;
    private final ContextDatabase database;

    public EhcAdviceGivenSubscriber(EhcNeedsAssessments ehc, ContextDatabase database) {
        this.ehc = ehc;
        this.database = database;
    }

    public List<EventSubscription> subscriptions() {
        return List.of(EventSubscription.named(SUBSCRIBER, database)
                .on(org.cypf.socialcare.api.event.EhcAdviceGiven.class, (event, meta) -> ehc.adviceReceived(SEND,
                        new ReceiveEhcAdvice(event.requestId(), "social-care", event.givenOn())))
                .on(org.cypf.educationskills.api.event.EhcAdviceGiven.class, (event, meta) -> ehc.adviceReceived(SEND,
                        new ReceiveEhcAdvice(event.requestId(), "education-skills", event.givenOn()))));
    }
}

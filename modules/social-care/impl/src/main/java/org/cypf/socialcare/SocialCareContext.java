package org.cypf.socialcare;

import java.time.Clock;
import java.util.List;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.events.EventSubscription;
import org.cypf.platform.events.OutboxPublisher;
import org.cypf.socialcare.adapter.in.http.SocialCareHttp;
import org.cypf.socialcare.adapter.out.persistence.JooqChildren;
import org.cypf.socialcare.adapter.out.persistence.JooqPeriodsOfCare;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.application.ChildrenLookedAfterMeasures;
import org.cypf.socialcare.application.ChildrenLookedAfterService;

/**
 * Children's social care, assembled: the one place that knows which adapter implements which port.
 * The app builds it with social care's own database (role {@code cypf_social_care}) and governance's access port.
 */
public final class SocialCareContext {
    /** The name social care publishes events and audits accesses under. */
    public static final String NAME = "social-care";

    private final ChildrenLookedAfterService lookedAfter;
    private final ChildrenLookedAfterMeasures measures;
    private final Clock clock;

    /**
     * @param childPopulation children aged 0-17 in the authority (ONS mid-year estimate), for rates per 10,000
     */
    public SocialCareContext(ContextDatabase database, ChildRecordAccess access, long childPopulation, Clock clock) {
        var periods = new JooqPeriodsOfCare(database);
        this.lookedAfter = new ChildrenLookedAfterService(database, periods, new JooqChildren(database), access,
                new OutboxPublisher(NAME), clock);
        this.measures = new ChildrenLookedAfterMeasures(database, periods, childPopulation, clock);
        this.clock = clock;
    }

    public ChildrenLookedAfter childrenLookedAfter() {
        return lookedAfter;
    }

    /** The measures social care computes for governance's scorecards. */
    public List<MeasureSource> measureSources() {
        return List.of(measures);
    }

    /** The events of other contexts social care acts on (none yet: early help step-up arrives with family support). */
    public List<EventSubscription> subscriptions() {
        return List.of();
    }

    public SocialCareHttp http() {
        return new SocialCareHttp(lookedAfter, clock);
    }
}

package org.cypf.socialcare.schoolexclusions.adapter.in.event;

import org.cypf.educationskills.api.event.PupilSuspendedOrExcluded;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.events.EventSubscription;
import org.cypf.socialcare.schoolexclusions.application.SchoolExclusionsService;

/**
 * Social care listens to schools' suspensions and exclusions: one of a child it knows (by UPN) goes on the child's
 * record, with an alert for the allocated worker when the child has a social worker or is looked after. Idempotent:
 * the platform's inbox turns a redelivery into a no-op.
 */
public final class SchoolExclusionSubscriber {
    public static final String SUBSCRIBER = "social-care.school-exclusions";
    private static final Caller CHILD_RECORD = Caller.system("social-care.school-exclusions");

    private final SchoolExclusionsService service;
    private final ContextDatabase database;

    public SchoolExclusionSubscriber(SchoolExclusionsService service, ContextDatabase database) {
        this.service = service;
        this.database = database;
    }

    public EventSubscription subscription() {
        return EventSubscription.named(SUBSCRIBER, database).on(PupilSuspendedOrExcluded.class, (event, meta) ->
                service.record(CHILD_RECORD, event.exclusionId(), event.upn(), event.urn(), event.category(),
                        event.reason(), event.startDate(), event.sessions()));
    }
}

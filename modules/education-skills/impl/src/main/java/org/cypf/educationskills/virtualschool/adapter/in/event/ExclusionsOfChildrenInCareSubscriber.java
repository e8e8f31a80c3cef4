package org.cypf.educationskills.virtualschool.adapter.in.event;

import org.cypf.educationskills.api.event.PupilSuspendedOrExcluded;
import org.cypf.educationskills.api.virtualschool.RecordExclusionOfChildInCare;
import org.cypf.educationskills.api.virtualschool.VirtualSchool;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.events.EventSubscription;

/**
 * The virtual school listens to schools' suspensions and exclusions (S004: children attend school and engage in
 * learning): one of a child in care goes on the child's education record. A pupil not in care at the time is no
 * business of the virtual school and changes nothing. Idempotent: the inbox turns a redelivery into a no-op, and the
 * record is keyed by the exclusion's id besides.
 */
public final class ExclusionsOfChildrenInCareSubscriber {
    public static final String SUBSCRIBER = "education-skills.virtual-school.exclusions";
    private static final Caller VIRTUAL_SCHOOL = Caller.system("education-skills.virtual-school");

    private final VirtualSchool virtualSchool;
    private final ContextDatabase database;

    public ExclusionsOfChildrenInCareSubscriber(VirtualSchool virtualSchool, ContextDatabase database) {
        this.virtualSchool = virtualSchool;
        this.database = database;
    }

    public EventSubscription subscription() {
        return EventSubscription.named(SUBSCRIBER, database).on(PupilSuspendedOrExcluded.class, (event, meta) ->
                virtualSchool.recordExclusion(VIRTUAL_SCHOOL, new RecordExclusionOfChildInCare(event.exclusionId(),
                        UniquePupilNumber.parse(event.upn()), event.urn(), event.category(), event.reason(),
                        event.startDate(), event.sessions())));
    }
}

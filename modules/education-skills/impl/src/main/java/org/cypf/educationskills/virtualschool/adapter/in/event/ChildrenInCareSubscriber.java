package org.cypf.educationskills.virtualschool.adapter.in.event;

import java.util.List;
import org.cypf.educationskills.api.virtualschool.RecordChildLeftCare;
import org.cypf.educationskills.api.virtualschool.RegisterChildInCare;
import org.cypf.educationskills.api.virtualschool.VirtualSchool;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.events.EventSubscription;
import org.cypf.socialcare.api.event.ChildEnteredCare;
import org.cypf.socialcare.api.event.ChildLeftCare;

/**
 * The virtual school listens to social care: a child entering care joins the roll with a PEP due date; a child
 * leaving care leaves it. One subscriber for both events, so a child's entries and leavings arrive in the order
 * they happened. Its id is a stable name: deliveries and the inbox are keyed on it.
 */
public final class ChildrenInCareSubscriber {
    public static final String SUBSCRIBER = "education-skills.virtual-school.children-in-care";
    private static final Caller VIRTUAL_SCHOOL = Caller.system("education-skills.virtual-school");

    private final VirtualSchool virtualSchool;
    private final ContextDatabase database;

    public ChildrenInCareSubscriber(VirtualSchool virtualSchool, ContextDatabase database) {
        this.virtualSchool = virtualSchool;
        this.database = database;
    }

    public List<EventSubscription> subscriptions() {
        return List.of(EventSubscription.named(SUBSCRIBER, database)
                .on(ChildEnteredCare.class, (event, meta) ->
                        virtualSchool.register(VIRTUAL_SCHOOL, new RegisterChildInCare(ChildId.parse(event.childId()),
                                event.upn() == null ? null : UniquePupilNumber.parse(event.upn()),
                                event.dateOfBirth(), event.startDate())))
                .on(ChildLeftCare.class, (event, meta) ->
                        virtualSchool.recordLeftCare(VIRTUAL_SCHOOL,
                                new RecordChildLeftCare(ChildId.parse(event.childId()), event.endDate()))));
    }
}

package org.cypf.educationskills.adapter.in.event;

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
 * leaving care leaves it. Subscriber ids are stable names: deliveries and the inbox are keyed on them.
 */
public final class ChildrenInCareSubscriber {
    public static final String REGISTER = "education-skills.virtual-school.register-child-entering-care";
    public static final String LEAVE = "education-skills.virtual-school.record-child-leaving-care";
    private static final Caller VIRTUAL_SCHOOL = Caller.system("education-skills.virtual-school");

    private final VirtualSchool virtualSchool;
    private final ContextDatabase database;

    public ChildrenInCareSubscriber(VirtualSchool virtualSchool, ContextDatabase database) {
        this.virtualSchool = virtualSchool;
        this.database = database;
    }

    public List<EventSubscription<?>> subscriptions() {
        return List.of(
                new EventSubscription<>(REGISTER, ChildEnteredCare.class, database, (event, meta) ->
                        virtualSchool.register(VIRTUAL_SCHOOL, new RegisterChildInCare(ChildId.parse(event.childId()),
                                event.upn() == null ? null : UniquePupilNumber.parse(event.upn()),
                                event.dateOfBirth(), event.startDate()))),
                new EventSubscription<>(LEAVE, ChildLeftCare.class, database, (event, meta) ->
                        virtualSchool.recordLeftCare(VIRTUAL_SCHOOL,
                                new RecordChildLeftCare(ChildId.parse(event.childId()), event.endDate()))));
    }
}

package org.cypf.socialcare.familynetwork.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.familynetwork.AmendFamilyNetworkMeeting;
import org.cypf.socialcare.api.familynetwork.FamilyNetworkMeetingView;
import org.cypf.socialcare.api.familynetwork.FamilyNetworkMeetings;
import org.cypf.socialcare.api.familynetwork.RecordFamilyNetworkMeeting;
import org.cypf.socialcare.familynetwork.domain.FamilyNetworkMeeting;
import org.cypf.socialcare.familynetwork.port.FamilyNetworkMeetingRecords;
import org.cypf.socialcare.shared.application.ChildRecords;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.port.Children;

/** Family network meetings: each use case in one unit of work, authorised and audited. */
public final class FamilyNetworkService implements FamilyNetworkMeetings {
    private static final String RECORD = "family-network-meeting";

    private final UnitOfWork unitOfWork;
    private final Children children;
    private final FamilyNetworkMeetingRecords meetings;
    private final ContextRecordAccess access;
    private final Clock clock;

    public FamilyNetworkService(UnitOfWork unitOfWork, Children children, FamilyNetworkMeetingRecords meetings,
                                ContextRecordAccess access, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.children = children;
        this.meetings = meetings;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public FamilyNetworkMeetingView recordMeeting(Caller caller, RecordFamilyNetworkMeeting command) {
        ChildId id = ChildRecords.childId(command.childId());
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            Child child = ChildRecords.find(children, id);
            access.authorise(caller, intent(RecordAction.CREATE, "recording a family network meeting"), id);
            FamilyNetworkMeeting meeting = FamilyNetworkMeeting.held(UUID.randomUUID(), child, command.heldOn(),
                    command.type(), command.outcome(), 0, today);
            meetings.add(meeting);
            return view(meeting);
        });
    }

    @Override
    public FamilyNetworkMeetingView amendMeeting(Caller caller, AmendFamilyNetworkMeeting command) {
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            FamilyNetworkMeeting current = meetings.find(command.meetingId())
                    .orElseThrow(() -> new NotFound("no family network meeting with this id"));
            access.authorise(caller, intent(RecordAction.UPDATE, "correcting a family network meeting"), current.childId());
            if (current.version() != command.version()) {
                throw new StaleVersion("the family network meeting", command.version());
            }
            Child child = ChildRecords.find(children, current.childId());
            FamilyNetworkMeeting changed = FamilyNetworkMeeting.held(current.id(), child, command.heldOn(),
                    command.type(), command.outcome(), current.version(), today);
            meetings.update(changed);
            return view(new FamilyNetworkMeeting(changed.id(), changed.childId(), changed.heldOn(), changed.type(),
                    changed.outcome(), changed.version() + 1));
        });
    }

    @Override
    public List<FamilyNetworkMeetingView> meetings(Caller caller, String childId) {
        ChildId id = ChildRecords.childId(childId);
        return unitOfWork.inTransaction(() -> {
            ChildRecords.find(children, id);
            access.authorise(caller, intent(RecordAction.READ, "viewing a child's family network meetings"), id);
            return meetings.forChild(id).stream().map(FamilyNetworkService::view).toList();
        });
    }

    private static FamilyNetworkMeetingView view(FamilyNetworkMeeting m) {
        return new FamilyNetworkMeetingView(m.id(), m.childId().toString(), m.heldOn(), m.type().name(),
                m.outcome().name(), m.version());
    }

    private static RecordIntent intent(RecordAction action, String purpose) {
        return new RecordIntent(RECORD, action, purpose);
    }
}

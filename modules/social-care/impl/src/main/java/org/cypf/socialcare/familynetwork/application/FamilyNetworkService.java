package org.cypf.socialcare.familynetwork.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.familynetwork.AmendFamilyNetworkMeeting;
import org.cypf.socialcare.api.familynetwork.FamilyNetworkMeetingView;
import org.cypf.socialcare.api.familynetwork.FamilyNetworkMeetings;
import org.cypf.socialcare.api.familynetwork.RecordFamilyNetworkMeeting;
import org.cypf.socialcare.familynetwork.domain.FamilyNetworkMeeting;
import org.cypf.socialcare.familynetwork.port.FamilyNetworkMeetingRecords;
import org.cypf.socialcare.shared.application.ChildRecords;
import org.cypf.socialcare.shared.port.Children;

/**
 * Family network meetings: each use case in one unit of work through the change template ({@link RecordChanges}),
 * authorised and audited. Meetings publish no events.
 */
public final class FamilyNetworkService implements FamilyNetworkMeetings {
    private static final String RECORD = "family-network-meeting";

    private final UnitOfWork unitOfWork;
    private final Children children;
    private final FamilyNetworkMeetingRecords meetings;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final RecordChanges<UUID, FamilyNetworkMeeting> changes;

    public FamilyNetworkService(UnitOfWork unitOfWork, Children children, FamilyNetworkMeetingRecords meetings,
                                ContextRecordAccess access, IntegrationEvents events, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.children = children;
        this.meetings = meetings;
        this.access = access;
        this.clock = clock;
        this.changes = new RecordChanges<>(unitOfWork, events, "the family network meeting", meetings::find,
                meetings::add, meetings::update, event -> List.of());
    }

    @Override
    public FamilyNetworkMeetingView recordMeeting(Caller caller, RecordFamilyNetworkMeeting command) {
        ChildId id = ChildRecords.childId(command.childId());
        LocalDate today = LocalDate.now(clock);
        return changes.create(() -> {
            RecordIntent recording = intent(RecordAction.CREATE, "recording a family network meeting");
            var child = ChildRecords.find(children, id, access, caller, recording);
            access.authorise(caller, recording, id);
            return FamilyNetworkMeeting.held(UUID.randomUUID(), child, command.heldOn(), command.type(),
                    command.outcome(), today);
        }, FamilyNetworkService::view);
    }

    @Override
    public FamilyNetworkMeetingView amendMeeting(Caller caller, AmendFamilyNetworkMeeting command) {
        LocalDate today = LocalDate.now(clock);
        return changes.change(command.meetingId(), command.version(), guarded(caller,
                        intent(RecordAction.UPDATE, "correcting a family network meeting"), FamilyNetworkMeeting::childId),
                meeting -> meeting.amend(ChildRecords.find(children, meeting.childId()), command.heldOn(),
                        command.type(), command.outcome(), today),
                FamilyNetworkService::view);
    }

    @Override
    public org.cypf.kernel.page.Page<FamilyNetworkMeetingView> meetings(Caller caller, String childId,
                                                                        org.cypf.kernel.page.Slice slice) {
        ChildId id = ChildRecords.childId(childId);
        return unitOfWork.inSnapshot(() -> {
            RecordIntent viewing = intent(RecordAction.READ, "viewing a child's family network meetings");
            ChildRecords.find(children, id, access, caller, viewing);
            access.authorise(caller, viewing, id);
            return meetings.forChild(id, slice).map(FamilyNetworkService::view);
        });
    }

    private static FamilyNetworkMeetingView view(FamilyNetworkMeeting m) {
        return new FamilyNetworkMeetingView(m.id(), m.childId().toString(), m.heldOn(), m.type().name(),
                m.outcome().name(), m.version());
    }

    private static RecordIntent intent(RecordAction action, String purpose) {
        return new RecordIntent(RECORD, action, purpose);
    }

    /** Authorises the record found, and an id that names none before it is said (ADR 0033; ACCESS-01 sees the calls here). */
    private <A> org.cypf.kernel.change.RecordChanges.Guard<A> guarded(Caller caller, RecordIntent intent,
            java.util.function.Function<A, org.cypf.kernel.identity.ChildId> childOf) {
        return org.cypf.kernel.change.RecordChanges.Guard.of(
                record -> access.authorise(caller, intent, childOf.apply(record)),
                () -> access.authoriseMissing(caller, intent));
    }
}

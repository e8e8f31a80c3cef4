package org.cypf.familysupport.familynetwork.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.familysupport.api.familynetwork.Attendee;
import org.cypf.familysupport.api.familynetwork.DeclineFamilyNetworkMeeting;
import org.cypf.familysupport.api.familynetwork.FamilyNetworkMeetingPage;
import org.cypf.familysupport.api.familynetwork.FamilyNetworkMeetingView;
import org.cypf.familysupport.api.familynetwork.FamilyNetworkMeetings;
import org.cypf.familysupport.api.familynetwork.HoldFamilyNetworkMeeting;
import org.cypf.familysupport.api.familynetwork.OfferFamilyNetworkMeeting;
import org.cypf.familysupport.earlyhelp.domain.EarlyHelpEpisode;
import org.cypf.familysupport.earlyhelp.port.EarlyHelpEpisodeRecords;
import org.cypf.familysupport.familynetwork.domain.FamilyNetworkMeeting;
import org.cypf.familysupport.familynetwork.port.FamilyNetworkMeetingRecords;
import org.cypf.familysupport.shared.application.FamilyRecords;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Family network meetings of early help episodes, each use case in one unit of work, authorised and audited as the
 * child's record. A meeting is offered only while its episode is open.
 */
public final class FamilyNetworkService implements FamilyNetworkMeetings {
    private static final String RECORD = "family-network-meeting";

    private final UnitOfWork unitOfWork;
    private final FamilyNetworkMeetingRecords meetings;
    private final EarlyHelpEpisodeRecords episodes;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final RecordChanges<UUID, FamilyNetworkMeeting> changes;

    public FamilyNetworkService(UnitOfWork unitOfWork, FamilyNetworkMeetingRecords meetings,
                                EarlyHelpEpisodeRecords episodes, ContextRecordAccess access, IntegrationEvents events,
                                Clock clock) {
        this.unitOfWork = unitOfWork;
        this.meetings = meetings;
        this.episodes = episodes;
        this.access = access;
        this.clock = clock;
        this.changes = new RecordChanges<>(unitOfWork, events, "the family network meeting", meetings::find,
                meetings::add, meetings::update, event -> List.of());
    }

    @Override
    public FamilyNetworkMeetingView offer(Caller caller, OfferFamilyNetworkMeeting c) {
        if (c.episodeId() == null) {
            throw InvalidInput.of("episodeId", "is required");
        }
        LocalDate today = LocalDate.now(clock);
        return changes.create(() -> {
            RecordIntent offering = intent(RecordAction.CREATE, "offering a family network meeting");
            EarlyHelpEpisode episode = episodes.find(c.episodeId()).orElseThrow(() -> FamilyRecords.notFound(
                    access, caller, offering, "no early help episode " + c.episodeId()));
            access.authorise(caller, offering, episode.childId());
            if (episode.closedOn() != null) {
                throw new Conflict("a family network meeting is offered during early help; the episode closed on "
                        + episode.closedOn());
            }
            return FamilyNetworkMeeting.offered(UUID.randomUUID(), episode.childId(), episode.id(),
                    episode.openedOn(), c.offeredOn(), c.meetingType(), today);
        }, FamilyNetworkService::view);
    }

    @Override
    public FamilyNetworkMeetingView decline(Caller caller, DeclineFamilyNetworkMeeting c) {
        LocalDate today = LocalDate.now(clock);
        return changes.change(required(c.meetingId()), c.version(),
                guard(caller, intent(RecordAction.UPDATE, "recording that the family declined a "
                        + "family network meeting"), FamilyNetworkMeeting::childId),
                m -> m.decline(c.declinedOn(), today), FamilyNetworkService::view);
    }

    @Override
    public FamilyNetworkMeetingView hold(Caller caller, HoldFamilyNetworkMeeting c) {
        LocalDate today = LocalDate.now(clock);
        return changes.change(required(c.meetingId()), c.version(),
                guard(caller, intent(RecordAction.UPDATE, "recording a family network meeting "
                        + "held"), FamilyNetworkMeeting::childId),
                m -> m.hold(c.heldOn(), c.attendees() == null ? null : c.attendees().stream()
                        .map(a -> new FamilyNetworkMeeting.Attendee(a.name(), a.relationship())).toList(),
                        c.familyPlan(), today),
                FamilyNetworkService::view);
    }

    @Override
    public FamilyNetworkMeetingView meeting(Caller caller, UUID meetingId) {
        return changes.read(meetingId,
                guard(caller, intent(RecordAction.READ, "viewing a family network meeting"),
                        FamilyNetworkMeeting::childId),
                FamilyNetworkService::view);
    }

    @Override
    public FamilyNetworkMeetingPage forEpisode(Caller caller, UUID episodeId, int page, int size) {
        var v = new Violations();
        v.check(episodeId != null, "episodeId", "is required");
        v.check(page >= 1, "page", "must be a whole number from 1");
        v.check(size >= 1 && size <= 1000, "size", "must be a whole number from 1 to 1000");
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            // one child's meetings: the episode's child is authorised, refused alike when the episode is missing
            RecordIntent listing = intent(RecordAction.READ, "listing an early help episode's family network "
                    + "meetings");
            EarlyHelpEpisode episode = episodes.find(episodeId).orElseThrow(() -> FamilyRecords.notFound(
                    access, caller, listing, "no early help episode " + episodeId));
            access.authorise(caller, listing, episode.childId());
            return new FamilyNetworkMeetingPage(meetings.forEpisode(episodeId, (long) (page - 1) * size, size)
                    .stream().map(FamilyNetworkService::view).toList(), meetings.countForEpisode(episodeId));
        });
    }

    @Override
    public FamilyNetworkMeetingPage meetingsOfChild(Caller caller, String childId, int page, int size) {
        // The input is checked before the child's record is authorised: a refused request audits nothing.
        var v = new Violations();
        ChildId child = v.required("childId", childId, ChildId::parse);
        v.check(page >= 1, "page", "must be a whole number from 1");
        v.check(size >= 1 && size <= MAX_CHILD_PAGE_SIZE, "size",
                "must be a whole number from 1 to " + MAX_CHILD_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            access.authorise(caller, intent(RecordAction.READ, "reading a child's family network meetings"), child);
            return new FamilyNetworkMeetingPage(meetings.forChild(child, (long) (page - 1) * size, size).stream()
                    .map(FamilyNetworkService::view).toList(), meetings.countForChild(child));
        });
    }

    private static UUID required(UUID meetingId) {
        if (meetingId == null) {
            throw InvalidInput.of("meetingId", "is required");
        }
        return meetingId;
    }

    private static FamilyNetworkMeetingView view(FamilyNetworkMeeting m) {
        return new FamilyNetworkMeetingView(m.id(), m.childId().toString(), m.episodeId(), m.type().name(),
                m.offeredOn(), m.declinedOn(), m.heldOn(),
                m.attendees().stream().map(a -> new Attendee(a.name(), a.relationship())).toList(), m.familyPlan(),
                m.version());
    }

    private static RecordIntent intent(RecordAction action, String purpose) {
        return new RecordIntent(RECORD, action, purpose);
    }

    /**
     * ADR 0033 through the access port: a loaded record is authorised on its child, an id naming none is refused alike
     * unless the caller could have seen it. Here, in the use cases' own class, so that rule ACCESS-01 sees each reach
     * the port.
     */
    private <A> org.cypf.kernel.change.RecordChanges.Guard<A> guard(
            Caller caller, org.cypf.governance.api.access.RecordIntent intent,
            java.util.function.Function<A, org.cypf.kernel.identity.ChildId> childOf) {
        return org.cypf.kernel.change.RecordChanges.Guard.of(record -> access.authorise(caller, intent, childOf.apply(record)),
                () -> access.authoriseMissing(caller, intent));
    }
}

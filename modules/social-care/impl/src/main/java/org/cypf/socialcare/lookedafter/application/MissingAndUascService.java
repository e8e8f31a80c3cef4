package org.cypf.socialcare.lookedafter.application;

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
import org.cypf.socialcare.api.lookedafter.EndMissingEpisode;
import org.cypf.socialcare.api.lookedafter.MissingEpisodeView;
import org.cypf.socialcare.api.lookedafter.MissingFromCare;
import org.cypf.socialcare.api.lookedafter.RecordMissingEpisode;
import org.cypf.socialcare.api.lookedafter.RecordUasc;
import org.cypf.socialcare.api.lookedafter.UascView;
import org.cypf.socialcare.api.lookedafter.UnaccompaniedAsylumSeekingChildren;
import org.cypf.socialcare.lookedafter.domain.MissingEpisode;
import org.cypf.socialcare.lookedafter.domain.UnaccompaniedAsylumSeeker;
import org.cypf.socialcare.lookedafter.port.MissingEpisodes;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCare;
import org.cypf.socialcare.lookedafter.port.UascRecords;
import org.cypf.socialcare.shared.application.ChildRecords;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.Ssda903Codes;
import org.cypf.socialcare.shared.port.Children;

/** Missing and away episodes, and unaccompanied asylum-seeking children: each use case in one unit of work. */
public final class MissingAndUascService implements MissingFromCare, UnaccompaniedAsylumSeekingChildren {
    private final UnitOfWork unitOfWork;
    private final Children children;
    private final PeriodsOfCare periods;
    private final MissingEpisodes missing;
    private final UascRecords uasc;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final Ssda903Codes codes = Ssda903Codes.standard();

    public MissingAndUascService(UnitOfWork unitOfWork, Children children, PeriodsOfCare periods,
                                 MissingEpisodes missing, UascRecords uasc, ContextRecordAccess access, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.children = children;
        this.periods = periods;
        this.missing = missing;
        this.uasc = uasc;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public MissingEpisodeView recordMissing(Caller caller, RecordMissingEpisode command) {
        ChildId id = ChildRecords.childId(command.childId());
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            ChildRecords.find(children, id);
            access.authorise(caller, missingIntent(RecordAction.CREATE, "recording that a looked-after child went missing"), id);
            MissingEpisode episode = MissingEpisode.start(UUID.randomUUID(), id, command.kind(), command.startDate(),
                    command.endDate(), periods.forChild(id), missing.forChild(id), today, codes);
            missing.add(episode);
            return view(episode);
        });
    }

    @Override
    public MissingEpisodeView endMissing(Caller caller, EndMissingEpisode command) {
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            MissingEpisode episode = missing.find(command.missingId())
                    .orElseThrow(() -> new NotFound("no missing episode with this id"));
            access.authorise(caller, missingIntent(RecordAction.UPDATE, "recording that a missing child is back"),
                    episode.childId());
            if (episode.version() != command.version()) {
                throw new StaleVersion("the missing episode", command.version());
            }
            MissingEpisode ended = episode.end(command.endDate(), today);
            missing.update(ended);
            return view(new MissingEpisode(ended.id(), ended.childId(), ended.kind(), ended.startDate(),
                    ended.endDate(), ended.version() + 1));
        });
    }

    @Override
    public List<MissingEpisodeView> missingEpisodes(Caller caller, String childId) {
        ChildId id = ChildRecords.childId(childId);
        return unitOfWork.inTransaction(() -> {
            ChildRecords.find(children, id);
            access.authorise(caller, missingIntent(RecordAction.READ, "viewing a looked-after child's missing episodes"), id);
            return missing.forChild(id).stream().map(MissingAndUascService::view).toList();
        });
    }

    @Override
    public UascView recordUasc(Caller caller, RecordUasc command) {
        ChildId id = ChildRecords.childId(command.childId());
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            Child child = ChildRecords.find(children, id);
            access.authorise(caller, uascIntent(RecordAction.UPDATE,
                    "recording that a child is an unaccompanied asylum-seeking child"), id);
            long current = uasc.find(id).map(UnaccompaniedAsylumSeeker::version).orElse(0L);
            if (current != command.version()) {
                throw new StaleVersion("the child's UASC record", command.version());
            }
            UnaccompaniedAsylumSeeker record = UnaccompaniedAsylumSeeker.record(child, command.dateCeased(),
                    command.version(), today);
            uasc.save(record);
            return view(child, new UnaccompaniedAsylumSeeker(id, record.dateCeased(), record.version() + 1));
        });
    }

    @Override
    public UascView uasc(Caller caller, String childId) {
        ChildId id = ChildRecords.childId(childId);
        return unitOfWork.inTransaction(() -> {
            Child child = ChildRecords.find(children, id);
            access.authorise(caller, uascIntent(RecordAction.READ, "viewing whether a child is an UASC"), id);
            return uasc.find(id).map(r -> view(child, r))
                    .orElse(new UascView(id.toString(), false, null, null, 0));
        });
    }

    private static UascView view(Child child, UnaccompaniedAsylumSeeker r) {
        return new UascView(child.id().toString(), true, r.dateCeased(), r.returnedDateCeased(child), r.version());
    }

    private static MissingEpisodeView view(MissingEpisode e) {
        return new MissingEpisodeView(e.id(), e.childId().toString(), e.kind(), e.startDate(), e.endDate(), e.version());
    }

    private static RecordIntent missingIntent(RecordAction action, String purpose) {
        return new RecordIntent("missing-episode", action, purpose);
    }

    private static RecordIntent uascIntent(RecordAction action, String purpose) {
        return new RecordIntent("uasc-status", action, purpose);
    }
}

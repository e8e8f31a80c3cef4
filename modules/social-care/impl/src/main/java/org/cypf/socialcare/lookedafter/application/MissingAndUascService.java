package org.cypf.socialcare.lookedafter.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
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

/**
 * Missing and away episodes, and unaccompanied asylum-seeking children: each use case through the kernel's change
 * template ({@link RecordChanges}) in one unit of work. Neither raises an event social care publishes.
 */
public final class MissingAndUascService implements MissingFromCare, UnaccompaniedAsylumSeekingChildren {
    /** Their changes raise no event, so they have no outbox to write to; one that tried would fail its test at once. */
    private static final IntegrationEvents NOTHING_PUBLISHED = event -> {
        throw new IllegalStateException("missing episodes and UASC records publish no integration event");
    };

    private final UnitOfWork unitOfWork;
    private final Children children;
    private final PeriodsOfCare periods;
    private final MissingEpisodes missing;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final Ssda903Codes codes = Ssda903Codes.standard();
    private final RecordChanges<UUID, MissingEpisode> missingChanges;
    private final RecordChanges<ChildId, UnaccompaniedAsylumSeeker> uascChanges;

    public MissingAndUascService(UnitOfWork unitOfWork, Children children, PeriodsOfCare periods,
                                 MissingEpisodes missing, UascRecords uasc, ContextRecordAccess access, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.children = children;
        this.periods = periods;
        this.missing = missing;
        this.access = access;
        this.clock = clock;
        this.missingChanges = new RecordChanges<>(unitOfWork, NOTHING_PUBLISHED, "the missing episode", missing::find,
                missing::add, missing::update, event -> List.of());
        // Every child known to social care has an UASC record to read or change: version 0 until one is stored.
        // The child is looked up first, so an unknown child is not found before any access is decided.
        this.uascChanges = new RecordChanges<>(unitOfWork, NOTHING_PUBLISHED, "the child's UASC record",
                id -> ChildRecords.known(children, id).map(child -> uasc.find(id)
                        .orElseGet(() -> UnaccompaniedAsylumSeeker.notYetRecorded(id))),
                after -> uasc.save(after, 0), uasc::save, event -> List.of());
    }

    @Override
    public MissingEpisodeView recordMissing(Caller caller, RecordMissingEpisode command) {
        ChildId id = ChildRecords.childId(command.childId());
        LocalDate today = LocalDate.now(clock);
        return missingChanges.create(() -> {
            RecordIntent recording = missingIntent(RecordAction.CREATE, "recording that a looked-after child went missing");
            ChildRecords.find(children, id, access, caller, recording);
            access.authorise(caller, recording, id);
            return MissingEpisode.start(UUID.randomUUID(), id, command.kind(), command.startDate(), command.endDate(),
                    periods.forChild(id), missing.forChild(id), today, codes);
        }, MissingAndUascService::view);
    }

    @Override
    public MissingEpisodeView endMissing(Caller caller, EndMissingEpisode command) {
        LocalDate today = LocalDate.now(clock);
        return missingChanges.change(command.missingId(), command.version(),
                guarded(caller, missingIntent(RecordAction.UPDATE,
                        "recording that a missing child is back"), MissingEpisode::childId),
                episode -> episode.end(command.endDate(), today),
                MissingAndUascService::view);
    }

    @Override
    public org.cypf.kernel.page.Page<MissingEpisodeView> missingEpisodes(Caller caller, String childId,
                                                                         org.cypf.kernel.page.Slice slice) {
        ChildId id = ChildRecords.childId(childId);
        return unitOfWork.inSnapshot(() -> {
            RecordIntent viewing = missingIntent(RecordAction.READ, "viewing a looked-after child's missing episodes");
            ChildRecords.find(children, id, access, caller, viewing);
            access.authorise(caller, viewing, id);
            return missing.forChild(id, slice).map(MissingAndUascService::view);
        });
    }

    @Override
    public UascView recordUasc(Caller caller, RecordUasc command) {
        ChildId id = ChildRecords.childId(command.childId());
        LocalDate today = LocalDate.now(clock);
        return uascChanges.change(id, command.version(),
                guarded(caller, uascIntent(RecordAction.UPDATE,
                        "recording that a child is an unaccompanied asylum-seeking child"), record -> id),
                record -> record.record(ChildRecords.find(children, id), command.dateCeased(), today),
                this::view);
    }

    @Override
    public UascView uasc(Caller caller, String childId) {
        ChildId id = ChildRecords.childId(childId);
        return uascChanges.read(id,
                guarded(caller, uascIntent(RecordAction.READ, "viewing whether a child is an UASC"),
                        record -> id),
                this::view);
    }

    private UascView view(UnaccompaniedAsylumSeeker r) {
        if (!r.isRecorded()) {
            return new UascView(r.childId().toString(), false, null, null, 0);
        }
        Child child = ChildRecords.find(children, r.childId());
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

    /** Authorises the record found, and an id that names none before it is said (ADR 0033; ACCESS-01 sees the calls here). */
    private <A> org.cypf.kernel.change.RecordChanges.Guard<A> guarded(Caller caller, RecordIntent intent,
            java.util.function.Function<A, org.cypf.kernel.identity.ChildId> childOf) {
        return org.cypf.kernel.change.RecordChanges.Guard.of(
                record -> access.authorise(caller, intent, childOf.apply(record)),
                () -> access.authoriseMissing(caller, intent));
    }
}

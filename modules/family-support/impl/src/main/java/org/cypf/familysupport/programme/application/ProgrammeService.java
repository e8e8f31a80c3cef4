package org.cypf.familysupport.programme.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.cypf.familysupport.api.programme.EnrolInProgramme;
import org.cypf.familysupport.api.programme.EnrolmentFilter;
import org.cypf.familysupport.api.programme.EnrolmentView;
import org.cypf.familysupport.api.programme.Programmes;
import org.cypf.familysupport.api.programme.RecordSession;
import org.cypf.familysupport.api.programme.SessionAttendance;
import org.cypf.familysupport.earlyhelp.port.EarlyHelpEpisodeRecords;
import org.cypf.familysupport.programme.domain.ProgrammeEnrolment;
import org.cypf.familysupport.programme.port.ProgrammeEnrolments;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Programme enrolments, each use case in one unit of work through the change template, authorised and audited as
 * the child's record (guards refuse alike for a missing record, lists narrowed by {@link ListScope}; ADR 0033).
 */
public final class ProgrammeService implements Programmes {
    private static final String RECORD = "programme-enrolment";

    private final UnitOfWork unitOfWork;
    private final ProgrammeEnrolments enrolments;
    private final EarlyHelpEpisodeRecords episodes;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final RecordChanges<UUID, ProgrammeEnrolment> changes;

    public ProgrammeService(UnitOfWork unitOfWork, ProgrammeEnrolments enrolments, EarlyHelpEpisodeRecords episodes,
                            ContextRecordAccess access, IntegrationEvents events, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.enrolments = enrolments;
        this.episodes = episodes;
        this.access = access;
        this.clock = clock;
        this.changes = new RecordChanges<>(unitOfWork, events, "the programme enrolment", enrolments::find,
                enrolments::add, enrolments::update, event -> List.of());
    }

    @Override
    public EnrolmentView enrol(Caller caller, EnrolInProgramme c) {
        ChildId child = childId(c.childId());
        LocalDate today = LocalDate.now(clock);
        return changes.create(() -> {
            access.authorise(caller, intent(RecordAction.CREATE, "enrolling a child in a programme"), child);
            // the episode is checked only once the caller may see the child's records, and must be the child's
            if (c.episodeId() != null && episodes.find(c.episodeId()).filter(e -> e.childId().equals(child))
                    .isEmpty()) {
                throw InvalidInput.of("episodeId", "must name an early help episode of this child");
            }
            return ProgrammeEnrolment.enrol(UUID.randomUUID(), child, c.programme(), c.enrolledOn(), c.participant(),
                    c.episodeId(), c.freeSchoolMeals(), today);
        }, ProgrammeService::view);
    }

    @Override
    public EnrolmentView recordSession(Caller caller, RecordSession c) {
        if (c.enrolmentId() == null) {
            throw InvalidInput.of("enrolmentId", "is required");
        }
        LocalDate today = LocalDate.now(clock);
        return changes.change(c.enrolmentId(), c.version(),
                guard(caller, intent(RecordAction.UPDATE, "recording a programme session"),
                        ProgrammeEnrolment::childId),
                e -> e.recordSession(c.sessionOn(), c.attended(), today), ProgrammeService::view);
    }

    @Override
    public EnrolmentView enrolment(Caller caller, UUID enrolmentId) {
        return changes.read(enrolmentId,
                guard(caller, intent(RecordAction.READ, "viewing a programme enrolment"),
                        ProgrammeEnrolment::childId),
                ProgrammeService::view);
    }

    @Override
    public Page<EnrolmentView> enrolments(Caller caller, EnrolmentFilter filter, Slice slice) {
        String code = filter == null || filter.programme() == null || filter.programme().isBlank() ? null
                : filter.programme().strip();
        ProgrammeEnrolment.Programme programme = code == null ? null : Arrays.stream(
                ProgrammeEnrolment.Programme.values()).filter(p -> p.name().equals(code)).findFirst()
                .orElseThrow(() -> InvalidInput.of("programme", "must be one of "
                        + Arrays.toString(ProgrammeEnrolment.Programme.values())));
        return unitOfWork.inSnapshot(() -> {
            RecordIntent listing = intent(RecordAction.LIST, "listing programme enrolments");
            ListScope scope = access.listScope(caller, listing, LocalDate.now(clock));
            Page<ProgrammeEnrolment> found = enrolments.page(programme, scope, slice);
            access.authoriseAll(caller, listing,
                    found.items().stream().map(ProgrammeEnrolment::childId).distinct().toList());
            return found.map(ProgrammeService::view);
        });
    }

    private static ChildId childId(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("childId", "is required");
        }
        try {
            return ChildId.parse(text);
        } catch (RuntimeException e) {
            throw InvalidInput.of("childId", "must be the child's partnership identifier (a UUID)");
        }
    }

    private static EnrolmentView view(ProgrammeEnrolment e) {
        return new EnrolmentView(e.id(), e.childId().toString(), e.programme().name(), e.enrolledOn(),
                e.participant(), e.episodeId(), e.freeSchoolMeals(),
                e.sessions().stream().map(s -> new SessionAttendance(s.sessionOn(), s.attended())).toList(),
                e.sessionsAttended(), e.version());
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

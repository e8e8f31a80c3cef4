package org.cypf.familysupport.earlyhelp.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.AbstractMap.SimpleEntry;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cypf.familysupport.api.earlyhelp.AddTeamMember;
import org.cypf.familysupport.api.earlyhelp.AgreeFamilyPlan;
import org.cypf.familysupport.api.earlyhelp.CloseEarlyHelpEpisode;
import org.cypf.familysupport.api.earlyhelp.EarlyHelpEpisodePage;
import org.cypf.familysupport.api.earlyhelp.EarlyHelpEpisodeView;
import org.cypf.familysupport.api.earlyhelp.EarlyHelpEpisodes;
import org.cypf.familysupport.api.earlyhelp.EpisodeFilter;
import org.cypf.familysupport.api.earlyhelp.EpisodeReview;
import org.cypf.familysupport.api.earlyhelp.HeadlineNeed;
import org.cypf.familysupport.api.earlyhelp.HeadlineOutcome;
import org.cypf.familysupport.api.earlyhelp.OpenEarlyHelpEpisode;
import org.cypf.familysupport.api.earlyhelp.PlanGoal;
import org.cypf.familysupport.api.earlyhelp.RecordEpisodeReview;
import org.cypf.familysupport.api.earlyhelp.RecordFamilyAssessment;
import org.cypf.familysupport.api.earlyhelp.RecordSustainedOutcomeCheck;
import org.cypf.familysupport.api.earlyhelp.StepUpToSocialCare;
import org.cypf.familysupport.api.earlyhelp.SustainedOutcome;
import org.cypf.familysupport.api.earlyhelp.TeamMember;
import org.cypf.familysupport.api.event.EarlyHelpSteppedUpToSocialCare;
import org.cypf.familysupport.earlyhelp.domain.EarlyHelpEpisode;
import org.cypf.familysupport.family.port.FamilyGroupings;
import org.cypf.familysupport.earlyhelp.port.EarlyHelpEpisodeRecords;
import org.cypf.familysupport.request.domain.RequestForSupport;
import org.cypf.familysupport.request.port.RequestForSupportRecords;
import org.cypf.familysupport.shared.application.FamilyRecords;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.FamilyId;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Early help episodes, each use case in one unit of work through the change template ({@link RecordChanges}),
 * authorised and audited as the child's record. A step-up publishes
 * {@code family-support.early-help-stepped-up-to-social-care} in the same unit of work (the outbox).
 */
public final class EarlyHelpService implements EarlyHelpEpisodes {
    private static final String RECORD = "early-help-episode";

    private final UnitOfWork unitOfWork;
    private final EarlyHelpEpisodeRecords episodes;
    private final RequestForSupportRecords requests;
    private final FamilyGroupings families;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final RecordChanges<UUID, EarlyHelpEpisode> changes;

    public EarlyHelpService(UnitOfWork unitOfWork, EarlyHelpEpisodeRecords episodes, RequestForSupportRecords requests,
                            FamilyGroupings families, ContextRecordAccess access, IntegrationEvents events,
                            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.episodes = episodes;
        this.requests = requests;
        this.families = families;
        this.access = access;
        this.clock = clock;
        this.changes = new RecordChanges<>(unitOfWork, events, "the early help episode", episodes::find,
                episodes::add, episodes::update,
                event -> event instanceof EarlyHelpEpisode.SteppedUp(var e, var child, var dob, var sex, var members)
                        ? List.of(new EarlyHelpSteppedUpToSocialCare(child, dob, sex.code(), e.id(),
                                e.steppedUpOn().equals(LocalDate.now(clock)) ? clock.instant()
                                        : e.steppedUpOn().atStartOfDay(ZoneOffset.UTC).toInstant(),
                                e.stepUpReason(), members.stream().map(m ->
                                        new EarlyHelpSteppedUpToSocialCare.FamilyMember(m.name(), m.relationship()))
                                        .toList()))
                        : List.of());
    }

    @Override
    public EarlyHelpEpisodeView open(Caller caller, OpenEarlyHelpEpisode c) {
        if (c.requestId() == null) {
            throw InvalidInput.of("requestId", "is required");
        }
        LocalDate today = LocalDate.now(clock);
        return changes.create(() -> {
            RecordIntent opening = intent(RecordAction.CREATE, "opening an early help episode");
            RequestForSupport request = requests.find(c.requestId()).orElseThrow(() -> FamilyRecords.notFound(
                    access, caller, opening, "no request for support " + c.requestId()));
            access.authorise(caller, opening, request.childId());
            if (request.triageOutcome() != RequestForSupport.TriageOutcome.EARLY_HELP) {
                throw new Conflict("an early help episode is opened from a request triaged to EARLY_HELP; this one is "
                        + (request.triageOutcome() == null ? "not triaged" : "triaged to " + request.triageOutcome()));
            }
            episodes.openedFrom(request.id()).ifPresent(e -> {
                throw new Conflict("early help episode " + e.id() + " is already open from this request");
            });
            return EarlyHelpEpisode.open(UUID.randomUUID(), request.childId(), request.id(), request.triagedOn(),
                    c.openedOn(), c.leadPractitioner(), c.leadPractitionerOrganisation(), today);
        }, this::view);
    }

    @Override
    public EarlyHelpEpisodeView assess(Caller caller, RecordFamilyAssessment c) {
        LocalDate today = LocalDate.now(clock);
        return update(caller, c.episodeId(), c.version(), "recording the whole-family assessment",
                e -> e.assess(c.completedOn(), c.needs() == null ? null : c.needs().stream()
                        .map(n -> entry(n.headline(), n.need())).toList(), today));
    }

    @Override
    public EarlyHelpEpisodeView agreePlan(Caller caller, AgreeFamilyPlan c) {
        LocalDate today = LocalDate.now(clock);
        return update(caller, c.episodeId(), c.version(), "recording the family plan",
                e -> e.agreePlan(c.agreedOn(), c.goals() == null ? null : c.goals().stream()
                        .map(g -> entry(g.headline(), g.goal())).toList(), today));
    }

    @Override
    public EarlyHelpEpisodeView addTeamMember(Caller caller, AddTeamMember c) {
        LocalDate today = LocalDate.now(clock);
        return update(caller, c.episodeId(), c.version(), "adding to the team around the family",
                e -> e.addTeamMember(c.name(), c.organisation(), c.role(), c.joinedOn(), today));
    }

    @Override
    public EarlyHelpEpisodeView review(Caller caller, RecordEpisodeReview c) {
        LocalDate today = LocalDate.now(clock);
        return update(caller, c.episodeId(), c.version(), "recording a review of the family plan",
                e -> e.review(c.heldOn(), c.progress(), c.nextReviewBy(), today));
    }

    @Override
    public EarlyHelpEpisodeView close(Caller caller, CloseEarlyHelpEpisode c) {
        LocalDate today = LocalDate.now(clock);
        return update(caller, c.episodeId(), c.version(), "closing an early help episode",
                e -> e.close(c.closedOn(), c.reason(), c.outcomes() == null ? null : c.outcomes().stream()
                        .map(o -> entry(o.headline(), o.outcome())).toList(), today));
    }

    @Override
    public EarlyHelpEpisodeView checkSustainedOutcomes(Caller caller, RecordSustainedOutcomeCheck c) {
        LocalDate today = LocalDate.now(clock);
        return update(caller, c.episodeId(), c.version(), "recording the sustained-outcome check",
                e -> e.checkSustained(c.checkedOn(), c.headlines() == null ? null : c.headlines().stream()
                        .map(s -> entry(s.headline(), s.sustained())).toList(), today));
    }

    @Override
    public EarlyHelpEpisodeView stepUp(Caller caller, StepUpToSocialCare c) {
        LocalDate today = LocalDate.now(clock);
        return update(caller, c.episodeId(), c.version(), "stepping a child up to children's social care",
                e -> e.stepUp(c.steppedUpOn(), c.localChildId(), c.dateOfBirth(), c.sex(), c.reason(),
                        c.familyMembers() == null ? List.of() : c.familyMembers().stream()
                                .map(m -> new EarlyHelpEpisode.FamilyMember(m.name(), m.relationship())).toList(),
                        today));
    }

    @Override
    public EarlyHelpEpisodeView episode(Caller caller, UUID episodeId) {
        return changes.read(episodeId,
                guard(caller, intent(RecordAction.READ, "viewing an early help episode"),
                        EarlyHelpEpisode::childId),
                this::view);
    }

    @Override
    public EarlyHelpEpisodePage episodes(Caller caller, EpisodeFilter filter, int page, int size) {
        var v = new Violations();
        Boolean open = null;
        String status = filter == null ? null : filter.status();
        if (status != null && !status.isBlank()) {
            v.check(status.equals("OPEN") || status.equals("CLOSED"), "status", "must be OPEN or CLOSED");
            open = status.equals("OPEN");
        }
        v.check(page >= 1, "page", "must be a whole number from 1");
        v.check(size >= 1 && size <= 1000, "size", "must be a whole number from 1 to 1000");
        v.throwIfAny();
        String lead = filter == null || filter.leadPractitioner() == null || filter.leadPractitioner().isBlank()
                ? null : filter.leadPractitioner().strip();
        var selection = new EarlyHelpEpisodeRecords.Selection(open, lead);
        return unitOfWork.inSnapshot(() -> {
            RecordIntent listing = intent(RecordAction.LIST, "listing early help episodes");
            // Whose episodes the caller may see listed is decided first, then filtered and paged in the query.
            ListScope scope = access.listScope(caller, listing, LocalDate.now(clock));
            Page<EarlyHelpEpisode> found = episodes.page(selection, scope, new Slice(page, size));
            access.authoriseAll(caller, listing,
                    found.items().stream().map(EarlyHelpEpisode::childId).distinct().toList());
            Map<ChildId, FamilyId> familyOf = families.familiesOf(found.items().stream()
                    .map(EarlyHelpEpisode::childId).distinct().toList());
            return new EarlyHelpEpisodePage(found.items().stream()
                    .map(e -> view(e, familyOf.get(e.childId()))).toList(),
                    found.total());
        });
    }

    @Override
    public EarlyHelpEpisodePage episodesOfChild(Caller caller, String childId, int page, int size) {
        // The input is checked before the child's record is authorised: a refused request audits nothing.
        var v = new Violations();
        ChildId child = v.required("childId", childId, ChildId::parse);
        v.check(page >= 1, "page", "must be a whole number from 1");
        v.check(size >= 1 && size <= MAX_CHILD_PAGE_SIZE, "size",
                "must be a whole number from 1 to " + MAX_CHILD_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            access.authorise(caller, intent(RecordAction.READ, "reading a child's early help episodes"), child);
            Page<EarlyHelpEpisode> found = episodes.ofChild(child, new Slice(page, size));
            FamilyId family = found.items().isEmpty() ? null : families.familiesOf(List.of(child)).get(child);
            return new EarlyHelpEpisodePage(found.items().stream().map(e -> view(e, family)).toList(), found.total());
        });
    }

    private EarlyHelpEpisodeView update(Caller caller, UUID episodeId, long version, String purpose,
                                        java.util.function.Function<EarlyHelpEpisode,
                                                org.cypf.kernel.change.Changed<EarlyHelpEpisode>> apply) {
        if (episodeId == null) {
            throw InvalidInput.of("episodeId", "is required");
        }
        return changes.change(episodeId, version,
                guard(caller, intent(RecordAction.UPDATE, purpose), EarlyHelpEpisode::childId),
                apply,
                this::view);
    }

    private static <V> Map.Entry<String, V> entry(String key, V value) {
        return new SimpleEntry<>(key, value);
    }

    /** The episode as its readers see it, with the family grouping its child is in now. */
    private EarlyHelpEpisodeView view(EarlyHelpEpisode e) {
        return view(e, families.familiesOf(List.of(e.childId())).get(e.childId()));
    }

    static EarlyHelpEpisodeView view(EarlyHelpEpisode e, FamilyId family) {
        return new EarlyHelpEpisodeView(e.id(), e.childId().toString(), family == null ? null : family.value(),
                e.requestId(), e.openedOn(),
                e.leadPractitioner(), e.leadOrganisation(), e.assessedOn(),
                e.headlines().stream().map(h -> new HeadlineNeed(h.headline().name(), h.need())).toList(),
                e.planAgreedOn(), e.goals().stream().map(g -> new PlanGoal(g.headline().name(), g.goal())).toList(),
                e.team().stream().map(m -> new TeamMember(m.name(), m.organisation(), m.role(), m.joinedOn())).toList(),
                e.reviews().stream().map(r -> new EpisodeReview(r.heldOn(), r.progress(), r.nextReviewBy())).toList(),
                e.steppedUpOn(), e.stepUpReason(), e.closedOn(),
                e.closureReason() == null ? null : e.closureReason().name(),
                e.headlines().stream().filter(h -> h.outcome() != null)
                        .map(h -> new HeadlineOutcome(h.headline().name(), h.outcome().name())).toList(),
                e.sustainedCheckedOn(),
                e.headlines().stream().filter(h -> h.sustained() != null)
                        .map(h -> new SustainedOutcome(h.headline().name(), h.sustained())).toList(),
                e.successfulFamilyOutcome(), e.version());
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

package org.cypf.socialcare.lookedafter.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.DomainEvent;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.shared.application.ChildRecords;
import org.cypf.socialcare.api.event.ChildEnteredCare;
import org.cypf.socialcare.api.event.ChildLeftCare;
import org.cypf.socialcare.api.lookedafter.ChangeEpisode;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.api.lookedafter.EndPeriodOfCare;
import org.cypf.socialcare.api.lookedafter.PeriodOfCareView;
import org.cypf.socialcare.api.lookedafter.Placement;
import org.cypf.socialcare.api.lookedafter.RecordReview;
import org.cypf.socialcare.api.lookedafter.ReviewsView;
import org.cypf.socialcare.api.lookedafter.StartToBeLookedAfter;
import org.cypf.socialcare.lookedafter.domain.LookedAfterOn;
import org.cypf.socialcare.lookedafter.domain.LookedAfterReview;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCareEvent;
import org.cypf.socialcare.lookedafter.domain.ReviewSchedule;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviews;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCare;
import org.cypf.socialcare.shared.application.ChildrenReferred;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.Ssda903Codes;
import org.cypf.socialcare.shared.port.Children;

/**
 * The looked-after use cases, each through the kernel's change template ({@link RecordChanges}) in one unit of
 * work: the access decision and its audit, the change and its integration event commit together or not at all.
 * The periods of care decide what happened ({@link PeriodOfCareEvent}); {@link #publishedAs} decides what of it
 * social care publishes.
 */
public final class ChildrenLookedAfterService implements ChildrenLookedAfter {
    private static final String RECORD = "period-of-care";
    private static final String REVIEW = "looked-after-review";

    private final UnitOfWork unitOfWork;
    private final PeriodsOfCare periods;
    private final Children children;
    private final ChildrenReferred referred;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final LookedAfterReviews reviews;
    private final WorkingDayCalendar calendar;
    private final Ssda903Codes codes = Ssda903Codes.standard();
    private final RecordChanges<UUID, PeriodOfCare> periodChanges;
    private final RecordChanges<UUID, LookedAfterReview> reviewChanges;

    public ChildrenLookedAfterService(UnitOfWork unitOfWork, PeriodsOfCare periods, Children children,
                                      LookedAfterReviews reviews, ContextRecordAccess access, IntegrationEvents events,
                                      WorkingDayCalendar calendar, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.periods = periods;
        this.children = children;
        this.referred = new ChildrenReferred(children);
        this.reviews = reviews;
        this.access = access;
        this.calendar = calendar;
        this.clock = clock;
        this.periodChanges = new RecordChanges<>(unitOfWork, events, "the period of care", periods::find, periods::add,
                periods::update, ChildrenLookedAfterService::publishedAs);
        // A review is recorded once and never changed: nothing to find or update by its own id.
        this.reviewChanges = new RecordChanges<>(unitOfWork, events, "the looked-after review", id -> Optional.empty(),
                reviews::add, (review, expected) -> {
                    throw new UnsupportedOperationException("a looked-after review is not changed once recorded");
                }, event -> List.of());
    }

    /** What social care publishes when a period of care changes: a change of legal status alone stays inside. */
    static List<IntegrationEvent> publishedAs(DomainEvent event) {
        return switch ((PeriodOfCareEvent) event) {
            case PeriodOfCareEvent.Started s -> List.of(new ChildEnteredCare(s.child().id().toString(), s.periodId(),
                    s.first().startDate(), s.child().dateOfBirth(),
                    s.child().upn() == null ? null : s.child().upn().value(), s.first().legalStatus(),
                    s.first().placementType()));
            case PeriodOfCareEvent.PlacementChanged c -> List.of(new org.cypf.socialcare.api.event.PlacementChanged(
                    c.childId().toString(), c.periodId(), c.after().startDate(), c.after().reasonForNewEpisode(),
                    c.before().placementType(), c.before().placementProvider(), c.after().placementType(),
                    c.after().placementProvider(),
                    c.after().placementPostcode() == null ? null : c.after().placementPostcode().value(),
                    c.before().reasonPlaceChange(), c.after().legalStatus()));
            case PeriodOfCareEvent.Ended e -> List.of(new ChildLeftCare(e.childId().toString(), e.periodId(),
                    e.endDate(), e.reasonCeased()));
            case PeriodOfCareEvent.LegalStatusChanged l -> List.of();
            case PeriodOfCareEvent.HistoryImported h -> List.of();
        };
    }

    @Override
    public PeriodOfCareView startToBeLookedAfter(Caller caller, StartToBeLookedAfter command) {
        LocalDate today = LocalDate.now(clock);
        var details = command.child();
        return periodChanges.create(() -> referred.about(details, today, child -> {
            access.authorise(caller, intent(RecordAction.CREATE, "recording that a child starts to be looked after"), child.id());
            if (periods.openFor(child.id()).isPresent()) {
                throw new Conflict("the child is already looked after; end the current period of care first");
            }
            // A child new to social care has no earlier period, so nothing ended before this one.
            LocalDate previousEnd = periods.lastEndFor(child.id()).orElse(null);
            // A missing placement is refused by the domain, field by field, with the command's other mistakes.
            var placement = command.placement() != null ? command.placement() : new Placement(null, null, null, null);
            return PeriodOfCare.start(UUID.randomUUID(), child, new PeriodOfCare.FirstEpisode(
                    command.startDate(), command.legalStatus(), command.categoryOfNeed(), placement.placementType(),
                    placement.provider(), placement.postcode(), command.homePostcode(), placement.urn()),
                    previousEnd, today, codes);
        }), this::view);
    }

    @Override
    public PeriodOfCareView changeEpisode(Caller caller, ChangeEpisode command) {
        LocalDate today = LocalDate.now(clock);
        Placement placement = command.placement() != null ? command.placement() : new Placement(null, null, null, null);
        return periodChanges.change(command.periodId(), command.version(),
                guarded(caller, intent(RecordAction.UPDATE, "recording a change of a looked-after "
                        + "child's placement or legal status"), PeriodOfCare::childId),
                period -> period.changeEpisode(new PeriodOfCare.EpisodeChange(command.date(),
                        command.reasonForNewEpisode(), command.legalStatus(), command.categoryOfNeed(),
                        placement.placementType(), placement.provider(), placement.postcode(), placement.urn(),
                        command.reasonPlaceChange()), today, codes),
                this::view);
    }

    @Override
    public PeriodOfCareView endPeriodOfCare(Caller caller, EndPeriodOfCare command) {
        LocalDate today = LocalDate.now(clock);
        return periodChanges.change(command.periodId(), command.version(),
                guarded(caller, intent(RecordAction.UPDATE,
                        "recording that a child stops being looked after"), PeriodOfCare::childId),
                period -> period.end(command.endDate(), command.reasonCeased(), today, codes),
                this::view);
    }

    @Override
    public PeriodOfCareView periodOfCare(Caller caller, UUID periodId) {
        return periodChanges.read(periodId,
                guarded(caller, intent(RecordAction.READ, "viewing a child's period of care"),
                        PeriodOfCare::childId),
                this::view);
    }

    @Override
    public ReviewsView recordReview(Caller caller, RecordReview command) {
        LocalDate today = LocalDate.now(clock);
        return reviewChanges.create(() -> {
            PeriodOfCare period = periodChanges.read(command.periodId(), guarded(caller,
                    reviewIntent(RecordAction.CREATE, "recording a looked-after review"), PeriodOfCare::childId), p -> p);
            Child child = child(period.childId());
            return LookedAfterReview.record(UUID.randomUUID(), period, child, command.date(), command.participation(),
                    reviews.forChild(period.childId()), today, codes);
        }, review -> reviewsView(periods.find(review.periodId()).orElseThrow(), reviews.forChild(review.childId())));
    }

    @Override
    public ReviewsView reviews(Caller caller, UUID periodId) {
        return periodChanges.read(periodId,
                guarded(caller, reviewIntent(RecordAction.READ,
                        "viewing a looked-after child's reviews"), PeriodOfCare::childId),
                period -> reviewsView(period, reviews.forChild(period.childId())));
    }

    private ReviewsView reviewsView(PeriodOfCare period, List<LookedAfterReview> held) {
        ReviewSchedule schedule = ReviewSchedule.of(period, held, calendar);
        return new ReviewsView(period.id(), period.childId().toString(),
                period.beganBeforeTheRecordsHeld() ? null : period.startDate(),
                schedule.held().stream().map(h -> new ReviewsView.Review(h.date(), h.participation(), h.number(),
                        h.dueBy(), h.onTime())).toList(), schedule.nextDueBy());
    }

    @Override
    public Page<PeriodOfCareView> lookedAfterOn(Caller caller, LocalDate date, Slice slice) {
        return unitOfWork.inSnapshot(() -> {
            RecordIntent listing = intent(RecordAction.LIST, "listing children looked after on a date");
            // Whose periods the caller may see listed is decided first, then filtered and paged in the query.
            ListScope scope = access.listScope(caller, listing, LocalDate.now(clock));
            Page<PeriodOfCare> found = periods.lookedAfter(LookedAfterOn.theDay(date), scope, slice);
            List<ChildId> ids = found.items().stream().map(PeriodOfCare::childId).toList();
            access.authoriseAll(caller, listing, ids);
            Map<ChildId, Child> byId = children.findAll(ids);
            return found.map(p -> PeriodOfCareViews.of(p, byId.get(p.childId())));
        });
    }

    @Override
    public Page<PeriodOfCareView> periodsOfChild(Caller caller, String childId, Slice slice) {
        // The input is checked before the child's record is authorised: a refused request audits nothing.
        var v = new org.cypf.kernel.problem.Violations();
        ChildId child = v.required("childId", childId, ChildId::parse);
        v.check(slice.size() <= MAX_CHILD_PAGE_SIZE, "size", "must be a whole number from 1 to " + MAX_CHILD_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            access.authorise(caller, intent(RecordAction.READ, "reading a child's periods of care"), child);
            Page<PeriodOfCare> found = periods.forChild(child, slice);
            Child known = found.items().isEmpty() ? null : child(child);
            return found.map(p -> PeriodOfCareViews.of(p, known));
        });
    }

    private PeriodOfCareView view(PeriodOfCare period) {
        return PeriodOfCareViews.of(period, child(period.childId()));
    }

    private Child child(ChildId id) {
        return children.findAll(List.of(id)).get(id);
    }

    private static RecordIntent intent(RecordAction action, String purpose) {
        return new RecordIntent(RECORD, action, purpose);
    }

    private static RecordIntent reviewIntent(RecordAction action, String purpose) {
        return new RecordIntent(REVIEW, action, purpose);
    }

    /** Authorises the record found, and an id that names none before it is said (ADR 0033; ACCESS-01 sees the calls here). */
    private <A> org.cypf.kernel.change.RecordChanges.Guard<A> guarded(Caller caller, RecordIntent intent,
            java.util.function.Function<A, org.cypf.kernel.identity.ChildId> childOf) {
        return org.cypf.kernel.change.RecordChanges.Guard.of(
                record -> access.authorise(caller, intent, childOf.apply(record)),
                () -> access.authoriseMissing(caller, intent));
    }
}

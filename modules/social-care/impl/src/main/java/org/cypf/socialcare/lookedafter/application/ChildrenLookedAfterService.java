package org.cypf.socialcare.lookedafter.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.event.ChildEnteredCare;
import org.cypf.socialcare.api.event.ChildLeftCare;
import org.cypf.socialcare.api.event.PlacementChanged;
import org.cypf.socialcare.api.lookedafter.ChangeEpisode;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.api.lookedafter.EndPeriodOfCare;
import org.cypf.socialcare.api.lookedafter.PeriodOfCareView;
import org.cypf.socialcare.api.lookedafter.Placement;
import org.cypf.socialcare.api.lookedafter.RecordReview;
import org.cypf.socialcare.api.lookedafter.ReviewsView;
import org.cypf.socialcare.api.lookedafter.StartToBeLookedAfter;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.LookedAfterReview;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.lookedafter.domain.ReviewSchedule;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviews;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCare;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.Ssda903Codes;
import org.cypf.socialcare.shared.port.Children;

/**
 * The looked-after use cases. Each runs in one unit of work: the access decision and its audit, the change and
 * its integration event commit together or not at all.
 */
public final class ChildrenLookedAfterService implements ChildrenLookedAfter {
    private static final String RECORD = "period-of-care";

    private final UnitOfWork unitOfWork;
    private final PeriodsOfCare periods;
    private final Children children;
    private final ContextRecordAccess access;
    private final IntegrationEvents events;
    private final Clock clock;
    private final LookedAfterReviews reviews;
    private final WorkingDayCalendar calendar;
    private final Ssda903Codes codes = Ssda903Codes.standard();

    public ChildrenLookedAfterService(UnitOfWork unitOfWork, PeriodsOfCare periods, Children children,
                                      LookedAfterReviews reviews, ContextRecordAccess access, IntegrationEvents events,
                                      WorkingDayCalendar calendar, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.periods = periods;
        this.children = children;
        this.reviews = reviews;
        this.access = access;
        this.events = events;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public PeriodOfCareView startToBeLookedAfter(Caller caller, StartToBeLookedAfter command) {
        LocalDate today = LocalDate.now(clock);
        var details = command.child();
        var v = new Violations();
        if (details == null) {
            v.add("child", "is required");
        } else {
            Child.check(v, "child.", details.localChildId(), details.dateOfBirth(), details.sex(), today);
        }
        v.throwIfAny();
        return unitOfWork.inTransaction(() -> {
            Child known = children.findByLocalChildId(details.localChildId()).orElse(null);
            if (known != null && !known.isSameChildAs(details.localChildId(), details.dateOfBirth())) {
                throw new Conflict("a different child is recorded under this local child id");
            }
            Child child = known != null ? known : new Child(ChildId.newId(), details.localChildId(), details.upn(),
                    details.nhsNumber(), details.dateOfBirth(), details.sex());
            access.authorise(caller, intent(RecordAction.CREATE, "recording that a child starts to be looked after"), child.id());
            if (periods.openFor(child.id()).isPresent()) {
                throw new Conflict("the child is already looked after; end the current period of care first");
            }
            LocalDate previousEnd = known == null ? null : periods.lastEndFor(child.id()).orElse(null);
            // A missing placement is refused by the domain, field by field, with the command's other mistakes.
            var placement = command.placement() != null ? command.placement() : new Placement(null, null, null, null);
            PeriodOfCare period = PeriodOfCare.start(UUID.randomUUID(), child, new PeriodOfCare.FirstEpisode(
                    command.startDate(), command.legalStatus(), command.categoryOfNeed(), placement.placementType(),
                    placement.provider(), placement.postcode(), command.homePostcode(), placement.urn()),
                    previousEnd, today, codes);
            if (known == null) {
                children.add(child);
            }
            periods.add(period);
            events.publish(new ChildEnteredCare(child.id().toString(), period.id(), period.startDate(),
                    child.dateOfBirth(), child.upn() == null ? null : child.upn().value(),
                    command.legalStatus(), placement.placementType()));
            return PeriodOfCareViews.of(period, child);
        });
    }

    @Override
    public PeriodOfCareView changeEpisode(Caller caller, ChangeEpisode command) {
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            PeriodOfCare period = periods.find(command.periodId()).orElseThrow(ChildrenLookedAfterService::noSuchPeriod);
            access.authorise(caller, intent(RecordAction.UPDATE, "recording a change of a looked-after child's "
                    + "placement or legal status"), period.childId());
            if (period.version() != command.version()) {
                throw new StaleVersion("the period of care", command.version());
            }
            Placement placement = command.placement() != null ? command.placement() : new Placement(null, null, null, null);
            Episode before = period.lastEpisode();
            PeriodOfCare changed = period.changeEpisode(new PeriodOfCare.EpisodeChange(command.date(),
                    command.reasonForNewEpisode(), command.legalStatus(), command.categoryOfNeed(),
                    placement.placementType(), placement.provider(), placement.postcode(), placement.urn(),
                    command.reasonPlaceChange()), today, codes);
            periods.update(changed);
            Episode after = changed.lastEpisode();
            if (after.reasonPlaceChange() != null) {
                events.publish(new PlacementChanged(changed.childId().toString(), changed.id(), after.startDate(),
                        after.reasonForNewEpisode(), before.placementType(), before.placementProvider(),
                        after.placementType(), after.placementProvider(),
                        after.placementPostcode() == null ? null : after.placementPostcode().value(),
                        after.reasonPlaceChange(), after.legalStatus()));
            }
            Child child = children.findAll(List.of(changed.childId())).get(changed.childId());
            return PeriodOfCareViews.of(new PeriodOfCare(changed.id(), changed.childId(), changed.episodes(),
                    changed.version() + 1), child);
        });
    }

    @Override
    public ReviewsView recordReview(Caller caller, RecordReview command) {
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            PeriodOfCare period = periods.find(command.periodId()).orElseThrow(ChildrenLookedAfterService::noSuchPeriod);
            access.authorise(caller, new RecordIntent("looked-after-review", RecordAction.CREATE,
                    "recording a looked-after review"), period.childId());
            Child child = children.findAll(List.of(period.childId())).get(period.childId());
            List<LookedAfterReview> held = reviews.forChild(period.childId());
            LookedAfterReview review = LookedAfterReview.record(UUID.randomUUID(), period, child, command.date(),
                    command.participation(), held, today, codes);
            reviews.add(review);
            List<LookedAfterReview> now = new java.util.ArrayList<>(held);
            now.add(review);
            return reviewsView(period, now);
        });
    }

    @Override
    public ReviewsView reviews(Caller caller, UUID periodId) {
        return unitOfWork.inTransaction(() -> {
            PeriodOfCare period = periods.find(periodId).orElseThrow(ChildrenLookedAfterService::noSuchPeriod);
            access.authorise(caller, new RecordIntent("looked-after-review", RecordAction.READ,
                    "viewing a looked-after child's reviews"), period.childId());
            return reviewsView(period, reviews.forChild(period.childId()));
        });
    }

    private ReviewsView reviewsView(PeriodOfCare period, List<LookedAfterReview> held) {
        ReviewSchedule schedule = ReviewSchedule.of(period, held, calendar);
        return new ReviewsView(period.id(), period.childId().toString(),
                period.beganBeforeTheRecordsHeld() ? null : period.startDate(),
                schedule.held().stream().map(h -> new ReviewsView.Review(h.date(), h.participation(), h.number(),
                        h.dueBy(), h.onTime())).toList(), schedule.nextDueBy());
    }

    @Override
    public PeriodOfCareView endPeriodOfCare(Caller caller, EndPeriodOfCare command) {
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            PeriodOfCare period = periods.find(command.periodId()).orElseThrow(ChildrenLookedAfterService::noSuchPeriod);
            access.authorise(caller, intent(RecordAction.UPDATE, "recording that a child stops being looked after"),
                    period.childId());
            if (period.version() != command.version()) {
                throw new StaleVersion("the period of care", command.version());
            }
            PeriodOfCare ended = period.end(command.endDate(), command.reasonCeased(), today, codes);
            periods.update(ended);
            events.publish(new ChildLeftCare(ended.childId().toString(), ended.id(), ended.endDate(), ended.reasonCeased()));
            Child child = children.findAll(List.of(ended.childId())).get(ended.childId());
            return PeriodOfCareViews.of(new PeriodOfCare(ended.id(), ended.childId(), ended.episodes(),
                    ended.version() + 1), child);
        });
    }

    @Override
    public PeriodOfCareView periodOfCare(Caller caller, UUID periodId) {
        return unitOfWork.inTransaction(() -> {
            PeriodOfCare period = periods.find(periodId).orElseThrow(ChildrenLookedAfterService::noSuchPeriod);
            access.authorise(caller, intent(RecordAction.READ, "viewing a child's period of care"), period.childId());
            return PeriodOfCareViews.of(period, children.findAll(List.of(period.childId())).get(period.childId()));
        });
    }

    @Override
    public List<PeriodOfCareView> lookedAfterOn(Caller caller, LocalDate date) {
        return unitOfWork.inTransaction(() -> {
            List<PeriodOfCare> found = periods.lookedAfterOn(date);
            List<ChildId> ids = found.stream().map(PeriodOfCare::childId).toList();
            access.authoriseAll(caller, intent(RecordAction.LIST, "listing children looked after on a date"), ids);
            Map<ChildId, Child> byId = children.findAll(ids);
            return found.stream().map(p -> PeriodOfCareViews.of(p, byId.get(p.childId()))).toList();
        });
    }

    private static RecordIntent intent(RecordAction action, String purpose) {
        return new RecordIntent(RECORD, action, purpose);
    }

    private static NotFound noSuchPeriod() {
        return new NotFound("no period of care with this id");
    }
}

package org.cypf.socialcare.protection.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.shared.application.ChildRecords;
import org.cypf.socialcare.api.event.ChildProtectionPlanEnded;
import org.cypf.socialcare.api.event.ChildProtectionPlanStarted;
import org.cypf.socialcare.api.protection.AddStrategyDiscussion;
import org.cypf.socialcare.api.protection.ChildProtection;
import org.cypf.socialcare.api.protection.ConcludeSection47;
import org.cypf.socialcare.api.protection.EndPlan;
import org.cypf.socialcare.api.protection.EnquiryView;
import org.cypf.socialcare.api.protection.HoldInitialConference;
import org.cypf.socialcare.api.protection.HoldStrategyDiscussion;
import org.cypf.socialcare.api.protection.PlanView;
import org.cypf.socialcare.api.protection.ReviewPlan;
import org.cypf.socialcare.api.protection.StartPlan;
import org.cypf.socialcare.api.protection.StartSection47;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.assessment.port.Referrals;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.protection.domain.ChildProtectionPlan;
import org.cypf.socialcare.protection.port.ChildProtectionEnquiries;
import org.cypf.socialcare.protection.port.ChildProtectionPlans;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.cypf.socialcare.shared.port.Children;

/**
 * Child protection use cases, each through the change template ({@link RecordChanges}): the access decision and its
 * audit, the change and the integration events its domain events are published as commit together or not at all.
 */
public final class ChildProtectionService implements ChildProtection {
    private static final String ENQUIRY = "child-protection-enquiry";
    private static final String PLAN = "child-protection-plan";

    private final UnitOfWork unitOfWork;
    private final Referrals referrals;
    private final ChildProtectionEnquiries enquiries;
    private final ChildProtectionPlans plans;
    private final Children children;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final CinCensusCodes codes = CinCensusCodes.standard();
    private final RecordChanges<UUID, ChildProtectionEnquiry> enquiryChanges;
    private final RecordChanges<UUID, ChildProtectionPlan> planChanges;

    public ChildProtectionService(UnitOfWork unitOfWork, Referrals referrals, ChildProtectionEnquiries enquiries,
                                  ChildProtectionPlans plans, Children children, ContextRecordAccess access,
                                  IntegrationEvents events, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.referrals = referrals;
        this.enquiries = enquiries;
        this.plans = plans;
        this.children = children;
        this.access = access;
        this.clock = clock;
        this.enquiryChanges = new RecordChanges<>(unitOfWork, events, "the child protection enquiry", enquiries::find,
                enquiries::add, enquiries::update, event -> List.of());
        this.planChanges = new RecordChanges<>(unitOfWork, events, "the child protection plan", plans::find, plans::add,
                plans::update, ChildProtectionService::publishedAs);
    }

    @Override
    public EnquiryView holdStrategyDiscussion(Caller caller, HoldStrategyDiscussion command) {
        LocalDate today = LocalDate.now(clock);
        return enquiryChanges.create(() -> {
            RecordIntent recording = intent(ENQUIRY, RecordAction.CREATE, "recording a strategy discussion about a child");
            Referral referral = referrals.find(command.referralId())
                    .orElseThrow(() -> ChildRecords.notFound(access, caller, recording, "no referral with this id"));
            access.authorise(caller, recording, referral.childId());
            if (enquiries.forReferral(referral.id()).isPresent()) {
                throw new Conflict(ChildProtectionEnquiries.ENQUIRY_ALREADY_OPEN);
            }
            return ChildProtectionEnquiry.open(UUID.randomUUID(), referral, command.discussionDate(), today);
        }, this::enquiryView);
    }

    @Override
    public EnquiryView addStrategyDiscussion(Caller caller, AddStrategyDiscussion command) {
        LocalDate today = LocalDate.now(clock);
        return changeEnquiry(caller, command.enquiryId(), command.version(), "recording a further strategy discussion",
                e -> e.withStrategyDiscussion(command.discussionDate(), today));
    }

    @Override
    public EnquiryView startSection47(Caller caller, StartSection47 command) {
        LocalDate today = LocalDate.now(clock);
        return changeEnquiry(caller, command.enquiryId(), command.version(), "recording the start of a section 47 enquiry",
                e -> e.startSection47(command.startDate(), today));
    }

    @Override
    public EnquiryView concludeSection47(Caller caller, ConcludeSection47 command) {
        LocalDate today = LocalDate.now(clock);
        return changeEnquiry(caller, command.enquiryId(), command.version(), "recording a section 47 enquiry's outcome",
                e -> e.concludeSection47(command.outcomeDate(), command.outcome(), today));
    }

    @Override
    public EnquiryView holdInitialConference(Caller caller, HoldInitialConference command) {
        LocalDate today = LocalDate.now(clock);
        return changeEnquiry(caller, command.enquiryId(), command.version(),
                "recording an initial child protection conference",
                e -> e.holdInitialConference(command.conferenceDate(), command.outcome(), today));
    }

    private EnquiryView changeEnquiry(Caller caller, UUID enquiryId, long version, String purpose,
                                      Function<ChildProtectionEnquiry, Changed<ChildProtectionEnquiry>> change) {
        return enquiryChanges.change(enquiryId, version, authorised(caller, ENQUIRY, RecordAction.UPDATE, purpose,
                ChildProtectionEnquiry::childId), change, this::enquiryView);
    }

    @Override
    public EnquiryView enquiry(Caller caller, UUID enquiryId) {
        return enquiryChanges.read(enquiryId, authorised(caller, ENQUIRY, RecordAction.READ,
                "viewing a child protection enquiry", ChildProtectionEnquiry::childId), this::enquiryView);
    }

    @Override
    public PlanView startPlan(Caller caller, StartPlan command) {
        LocalDate today = LocalDate.now(clock);
        return planChanges.create(() -> {
            RecordIntent starting = intent(PLAN, RecordAction.CREATE, "starting a child protection plan");
            ChildProtectionEnquiry enquiry = enquiries.find(command.enquiryId()).orElseThrow(() -> ChildRecords.notFound(
                    access, caller, starting, "no child protection enquiry with this id"));
            access.authorise(caller, starting, enquiry.childId());
            if (plans.forEnquiry(enquiry.id()).isPresent()) {
                throw new Conflict("the plan this initial conference decided on has already started");
            }
            List<ChildProtectionPlan> earlier = plans.forChild(enquiry.childId());
            var others = new ChildProtectionPlan.ChildsPlans(earlier.size(),
                    earlier.stream().anyMatch(ChildProtectionPlan::isOpen),
                    earlier.stream().map(ChildProtectionPlan::endDate).filter(Objects::nonNull)
                            .max(LocalDate::compareTo).orElse(null));
            return ChildProtectionPlan.start(UUID.randomUUID(), enquiry, command.startDate(), command.category(),
                    others, today, codes);
        }, this::planView);
    }

    @Override
    public PlanView reviewPlan(Caller caller, ReviewPlan command) {
        LocalDate today = LocalDate.now(clock);
        return changePlan(caller, command.planId(), command.version(), "recording a child protection review conference",
                p -> p.review(command.reviewDate(), command.category(), today, codes));
    }

    @Override
    public PlanView endPlan(Caller caller, EndPlan command) {
        LocalDate today = LocalDate.now(clock);
        return changePlan(caller, command.planId(), command.version(), "ending a child protection plan",
                p -> p.end(command.endDate(), command.reason(), today));
    }

    private PlanView changePlan(Caller caller, UUID planId, long version, String purpose,
                                Function<ChildProtectionPlan, Changed<ChildProtectionPlan>> change) {
        return planChanges.change(planId, version, authorised(caller, PLAN, RecordAction.UPDATE, purpose,
                ChildProtectionPlan::childId), change, this::planView);
    }

    @Override
    public PlanView plan(Caller caller, UUID planId) {
        return planChanges.read(planId, authorised(caller, PLAN, RecordAction.READ, "viewing a child protection plan",
                ChildProtectionPlan::childId), this::planView);
    }

    @Override
    public Page<PlanView> plansOpenOn(Caller caller, LocalDate date, Slice slice) {
        return unitOfWork.inSnapshot(() -> {
            RecordIntent listing = intent(PLAN, RecordAction.LIST, "listing children on child protection plans");
            // Whose plans the caller may see listed is decided first, then filtered and paged in the query.
            ListScope scope = access.listScope(caller, listing, LocalDate.now(clock));
            Page<ChildProtectionPlan> open = plans.openAtEndOf(date, scope, slice);
            List<ChildId> ids = open.items().stream().map(ChildProtectionPlan::childId).toList();
            access.authoriseAll(caller, listing, ids);
            Map<ChildId, Child> byId = children.findAll(ids);
            return open.map(p -> ChildProtectionViews.of(p, byId.get(p.childId())));
        });
    }

    @Override
    public Page<PlanView> plansOfChild(Caller caller, String childId, Slice slice) {
        // The input is checked before the child's record is authorised: a refused request audits nothing.
        var v = new org.cypf.kernel.problem.Violations();
        ChildId child = v.required("childId", childId, ChildId::parse);
        v.check(slice.size() <= MAX_CHILD_PAGE_SIZE, "size", "must be a whole number from 1 to " + MAX_CHILD_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            access.authorise(caller, intent(PLAN, RecordAction.READ, "reading a child's child protection plans"), child);
            Page<ChildProtectionPlan> found = plans.forChild(child, slice);
            Child known = found.items().isEmpty() ? null : child(child);
            return found.map(p -> ChildProtectionViews.of(p, known));
        });
    }

    /** What child protection publishes of what a plan raised. */
    private static List<IntegrationEvent> publishedAs(DomainEvent event) {
        return switch (event) {
            case ChildProtectionPlan.Started(ChildProtectionPlan p) -> List.of(new ChildProtectionPlanStarted(
                    p.childId().toString(), p.id(), p.startDate(), p.initialCategory(), p.previousPlans(), p.isRepeat()));
            case ChildProtectionPlan.Ended(ChildProtectionPlan p) -> List.of(new ChildProtectionPlanEnded(
                    p.childId().toString(), p.id(), p.endDate(), p.endReason().name()));
            default -> List.of();
        };
    }

    private EnquiryView enquiryView(ChildProtectionEnquiry enquiry) {
        return ChildProtectionViews.of(enquiry, child(enquiry.childId()));
    }

    private PlanView planView(ChildProtectionPlan plan) {
        return ChildProtectionViews.of(plan, child(plan.childId()));
    }

    private <A> RecordChanges.Guard<A> authorised(Caller caller, String record, RecordAction action, String purpose,
                                                  Function<A, ChildId> childOf) {
        return guarded(caller, intent(record, action, purpose), childOf);
    }

    private Child child(ChildId id) {
        return children.findAll(List.of(id)).get(id);
    }

    private static RecordIntent intent(String record, RecordAction action, String purpose) {
        return new RecordIntent(record, action, purpose);
    }

    /** Authorises the record found, and an id that names none before it is said (ADR 0033; ACCESS-01 sees the calls here). */
    private <A> org.cypf.kernel.change.RecordChanges.Guard<A> guarded(Caller caller, RecordIntent intent,
            java.util.function.Function<A, org.cypf.kernel.identity.ChildId> childOf) {
        return org.cypf.kernel.change.RecordChanges.Guard.of(
                record -> access.authorise(caller, intent, childOf.apply(record)),
                () -> access.authoriseMissing(caller, intent));
    }
}

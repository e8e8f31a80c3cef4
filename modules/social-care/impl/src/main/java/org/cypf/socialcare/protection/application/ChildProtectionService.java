package org.cypf.socialcare.protection.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.kernel.transaction.UnitOfWork;
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
 * Child protection use cases. Each runs in one unit of work: the access decision and its audit, the change and its
 * integration event commit together or not at all.
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
    private final IntegrationEvents events;
    private final Clock clock;
    private final CinCensusCodes codes = CinCensusCodes.standard();

    public ChildProtectionService(UnitOfWork unitOfWork, Referrals referrals, ChildProtectionEnquiries enquiries,
                                  ChildProtectionPlans plans, Children children, ContextRecordAccess access,
                                  IntegrationEvents events, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.referrals = referrals;
        this.enquiries = enquiries;
        this.plans = plans;
        this.children = children;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public EnquiryView holdStrategyDiscussion(Caller caller, HoldStrategyDiscussion command) {
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            Referral referral = referrals.find(command.referralId())
                    .orElseThrow(() -> new NotFound("no referral with this id"));
            access.authorise(caller, intent(ENQUIRY, RecordAction.CREATE, "recording a strategy discussion about a child"),
                    referral.childId());
            ChildProtectionEnquiry enquiry = ChildProtectionEnquiry.open(UUID.randomUUID(), referral,
                    command.discussionDate(), today);
            enquiries.add(enquiry);
            return ChildProtectionViews.of(enquiry, child(enquiry.childId()));
        });
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
                                      UnaryOperator<ChildProtectionEnquiry> change) {
        return unitOfWork.inTransaction(() -> {
            ChildProtectionEnquiry enquiry = enquiries.find(enquiryId).orElseThrow(ChildProtectionService::noSuchEnquiry);
            access.authorise(caller, intent(ENQUIRY, RecordAction.UPDATE, purpose), enquiry.childId());
            if (enquiry.version() != version) {
                throw new StaleVersion("the child protection enquiry", version);
            }
            ChildProtectionEnquiry changed = change.apply(enquiry);
            enquiries.update(changed);
            return ChildProtectionViews.of(ChildProtectionViews.nextVersion(changed), child(changed.childId()));
        });
    }

    @Override
    public EnquiryView enquiry(Caller caller, UUID enquiryId) {
        return unitOfWork.inTransaction(() -> {
            ChildProtectionEnquiry enquiry = enquiries.find(enquiryId).orElseThrow(ChildProtectionService::noSuchEnquiry);
            access.authorise(caller, intent(ENQUIRY, RecordAction.READ, "viewing a child protection enquiry"),
                    enquiry.childId());
            return ChildProtectionViews.of(enquiry, child(enquiry.childId()));
        });
    }

    @Override
    public PlanView startPlan(Caller caller, StartPlan command) {
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            ChildProtectionEnquiry enquiry = enquiries.find(command.enquiryId())
                    .orElseThrow(ChildProtectionService::noSuchEnquiry);
            access.authorise(caller, intent(PLAN, RecordAction.CREATE, "starting a child protection plan"),
                    enquiry.childId());
            if (plans.forEnquiry(enquiry.id()).isPresent()) {
                throw new Conflict("the plan this initial conference decided on has already started");
            }
            List<ChildProtectionPlan> earlier = plans.forChild(enquiry.childId());
            var others = new ChildProtectionPlan.ChildsPlans(earlier.size(),
                    earlier.stream().anyMatch(ChildProtectionPlan::isOpen),
                    earlier.stream().map(ChildProtectionPlan::endDate).filter(Objects::nonNull)
                            .max(LocalDate::compareTo).orElse(null));
            ChildProtectionPlan plan = ChildProtectionPlan.start(UUID.randomUUID(), enquiry, command.startDate(),
                    command.category(), others, today, codes);
            plans.add(plan);
            events.publish(new ChildProtectionPlanStarted(plan.childId().toString(), plan.id(), plan.startDate(),
                    plan.initialCategory(), plan.previousPlans(), plan.isRepeat()));
            return ChildProtectionViews.of(plan, child(plan.childId()));
        });
    }

    @Override
    public PlanView reviewPlan(Caller caller, ReviewPlan command) {
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            ChildProtectionPlan plan = planToChange(caller, command.planId(), command.version(),
                    "recording a child protection review conference");
            ChildProtectionPlan reviewed = plan.review(command.reviewDate(), command.category(), today, codes);
            plans.update(reviewed);
            return ChildProtectionViews.of(ChildProtectionViews.nextVersion(reviewed), child(reviewed.childId()));
        });
    }

    @Override
    public PlanView endPlan(Caller caller, EndPlan command) {
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            ChildProtectionPlan plan = planToChange(caller, command.planId(), command.version(),
                    "ending a child protection plan");
            ChildProtectionPlan ended = plan.end(command.endDate(), command.reason(), today);
            plans.update(ended);
            events.publish(new ChildProtectionPlanEnded(ended.childId().toString(), ended.id(), ended.endDate(),
                    ended.endReason().name()));
            return ChildProtectionViews.of(ChildProtectionViews.nextVersion(ended), child(ended.childId()));
        });
    }

    private ChildProtectionPlan planToChange(Caller caller, UUID planId, long version, String purpose) {
        ChildProtectionPlan plan = plans.find(planId).orElseThrow(ChildProtectionService::noSuchPlan);
        access.authorise(caller, intent(PLAN, RecordAction.UPDATE, purpose), plan.childId());
        if (plan.version() != version) {
            throw new StaleVersion("the child protection plan", version);
        }
        return plan;
    }

    @Override
    public PlanView plan(Caller caller, UUID planId) {
        return unitOfWork.inTransaction(() -> {
            ChildProtectionPlan plan = plans.find(planId).orElseThrow(ChildProtectionService::noSuchPlan);
            access.authorise(caller, intent(PLAN, RecordAction.READ, "viewing a child protection plan"), plan.childId());
            return ChildProtectionViews.of(plan, child(plan.childId()));
        });
    }

    @Override
    public List<PlanView> plansOpenOn(Caller caller, LocalDate date) {
        return unitOfWork.inTransaction(() -> {
            List<ChildProtectionPlan> open = plans.openAtEndOf(date);
            List<ChildId> ids = open.stream().map(ChildProtectionPlan::childId).toList();
            access.authoriseAll(caller, intent(PLAN, RecordAction.LIST, "listing children on child protection plans"), ids);
            Map<ChildId, Child> byId = children.findAll(ids);
            return open.stream().map(p -> ChildProtectionViews.of(p, byId.get(p.childId()))).toList();
        });
    }

    private Child child(ChildId id) {
        return children.findAll(List.of(id)).get(id);
    }

    private static RecordIntent intent(String record, RecordAction action, String purpose) {
        return new RecordIntent(record, action, purpose);
    }

    private static NotFound noSuchEnquiry() {
        return new NotFound("no child protection enquiry with this id");
    }

    private static NotFound noSuchPlan() {
        return new NotFound("no child protection plan with this id");
    }
}

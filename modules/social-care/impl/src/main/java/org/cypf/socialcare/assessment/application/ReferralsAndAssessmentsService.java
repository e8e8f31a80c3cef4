package org.cypf.socialcare.assessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.shared.application.ChildRecords;
import org.cypf.socialcare.api.assessment.AssessmentView;
import org.cypf.socialcare.api.assessment.CloseReferral;
import org.cypf.socialcare.api.assessment.CompleteAssessment;
import org.cypf.socialcare.api.assessment.RecordReferral;
import org.cypf.socialcare.api.assessment.ReferralView;
import org.cypf.socialcare.api.assessment.ReferralsAndAssessments;
import org.cypf.socialcare.api.assessment.StartAssessment;
import org.cypf.socialcare.assessment.domain.Assessment;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.assessment.port.Assessments;
import org.cypf.socialcare.assessment.port.Referrals;
import org.cypf.socialcare.shared.application.ChildrenReferred;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.cypf.socialcare.shared.port.Children;

/**
 * Referral and assessment use cases, each through the change template ({@link RecordChanges}): the access decision
 * and its audit and the change commit together or not at all. Referrals and assessments publish no events.
 */
public final class ReferralsAndAssessmentsService implements ReferralsAndAssessments {
    private static final String REFERRAL = "referral";
    private static final String ASSESSMENT = "assessment";

    private final UnitOfWork unitOfWork;
    private final Referrals referrals;
    private final Assessments assessments;
    private final Children children;
    private final ChildrenReferred referred;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final CinCensusCodes codes = CinCensusCodes.standard();
    private final RecordChanges<UUID, Referral> referralChanges;
    private final RecordChanges<UUID, Assessment> assessmentChanges;

    public ReferralsAndAssessmentsService(UnitOfWork unitOfWork, Referrals referrals, Assessments assessments,
                                          Children children, ContextRecordAccess access, IntegrationEvents events,
                                          Clock clock) {
        this.unitOfWork = unitOfWork;
        this.referrals = referrals;
        this.assessments = assessments;
        this.children = children;
        this.referred = new ChildrenReferred(children);
        this.access = access;
        this.clock = clock;
        this.referralChanges = new RecordChanges<>(unitOfWork, events, "the referral", referrals::find, referrals::add,
                referrals::update, event -> List.of());
        this.assessmentChanges = new RecordChanges<>(unitOfWork, events, "the assessment", assessments::find,
                assessments::add, assessments::update, event -> List.of());
    }

    @Override
    public ReferralView recordReferral(Caller caller, RecordReferral command) {
        LocalDate today = LocalDate.now(clock);
        return referralChanges.create(() -> referred.about(command.child(), today, child -> {
            access.authorise(caller, intent(REFERRAL, RecordAction.CREATE, "recording a referral of a child"), child.id());
            return Referral.open(UUID.randomUUID(), child.id(), command.referralDate(), command.source(), null,
                    clock.instant(), today, codes);
        }), this::referralView);
    }

    @Override
    public ReferralView referral(Caller caller, UUID referralId) {
        return referralChanges.read(referralId, authorised(caller, REFERRAL, RecordAction.READ,
                "viewing a child's referral and assessments", Referral::childId), this::referralView);
    }

    @Override
    public ReferralView closeReferral(Caller caller, CloseReferral command) {
        LocalDate today = LocalDate.now(clock);
        return referralChanges.change(command.referralId(), command.version(),
                authorised(caller, REFERRAL, RecordAction.UPDATE, "closing a child's referral", Referral::childId),
                referral -> referral.close(command.closureDate(), command.reason(), assessmentInProgress(referral),
                        today, codes),
                this::referralView);
    }

    @Override
    public AssessmentView startAssessment(Caller caller, StartAssessment command) {
        LocalDate today = LocalDate.now(clock);
        return assessmentChanges.create(() -> {
            RecordIntent starting = intent(ASSESSMENT, RecordAction.CREATE, "starting a child and family assessment");
            Referral referral = referrals.find(command.referralId())
                    .orElseThrow(() -> ChildRecords.notFound(access, caller, starting, "no referral with this id"));
            access.authorise(caller, starting, referral.childId());
            return Assessment.start(UUID.randomUUID(), referral, command.startDate(), assessmentInProgress(referral),
                    today);
        }, this::assessmentView);
    }

    @Override
    public AssessmentView completeAssessment(Caller caller, CompleteAssessment command) {
        LocalDate today = LocalDate.now(clock);
        RecordChanges.Guard<Assessment> authorise = authorised(caller, ASSESSMENT, RecordAction.UPDATE,
                "completing a child and family assessment", Assessment::childId);
        return assessmentChanges.change(command.assessmentId(), command.version(), RecordChanges.Guard.of(assessment -> {
                    // Authorised first: whether the assessment belongs to the referral is told only to whom may see it.
                    authorise.accept(assessment);
                    if (command.referralId() != null && !assessment.referralId().equals(command.referralId())) {
                        throw new NotFound("no assessment with this id for this referral");
                    }
                }, authorise::missing),
                assessment -> assessment.complete(command.completedDate(), command.authorisedDate(), command.factors(),
                        command.outcome(), today, codes),
                this::assessmentView);
    }

    @Override
    public org.cypf.kernel.page.Page<ReferralView> referralsOfChild(Caller caller, String childId,
                                                                    org.cypf.kernel.page.Slice slice) {
        // The input is checked before the child's record is authorised: a refused request audits nothing.
        var v = new org.cypf.kernel.problem.Violations();
        ChildId id = v.required("childId", childId, ChildId::parse);
        v.check(slice.size() <= MAX_CHILD_PAGE_SIZE, "size", "must be a whole number from 1 to " + MAX_CHILD_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            access.authorise(caller, intent(REFERRAL, RecordAction.READ, "reading a child's referrals and assessments"),
                    id);
            var found = referrals.forChild(id, slice);
            if (found.items().isEmpty()) {
                return org.cypf.kernel.page.Page.<ReferralView>empty(found.total());
            }
            Child child = child(id);
            // A re-referral looks back 12 months: the page and the child's referrals in the year before it are enough.
            LocalDate first = found.items().getFirst().referralDate();
            List<Referral> near = new java.util.ArrayList<>(referrals.forChildrenBetween(List.of(id),
                    first.minusMonths(12), first));
            near.addAll(found.items());
            var byReferral = assessments.forReferrals(found.items().stream().map(Referral::id).toList()).stream()
                    .collect(java.util.stream.Collectors.groupingBy(Assessment::referralId));
            return found.map(r -> AssessmentViews.of(r, child, r.isReReferral(near),
                    byReferral.getOrDefault(r.id(), List.of())));
        });
    }

    private boolean assessmentInProgress(Referral referral) {
        return assessments.forReferral(referral.id()).stream().anyMatch(a -> !a.isCompleted());
    }

    private ReferralView referralView(Referral referral) {
        Child child = child(referral.childId());
        List<Referral> childs = referrals.forChild(child.id());
        return AssessmentViews.of(referral, child, referral.isReReferral(childs), assessments.forReferral(referral.id()));
    }

    private AssessmentView assessmentView(Assessment assessment) {
        return AssessmentViews.of(assessment, referrals.find(assessment.referralId()).orElseThrow());
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

package org.cypf.socialcare.assessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.assessment.AssessmentView;
import org.cypf.socialcare.api.assessment.CloseReferral;
import org.cypf.socialcare.api.assessment.CompleteAssessment;
import org.cypf.socialcare.api.assessment.RecordReferral;
import org.cypf.socialcare.api.assessment.ReferralView;
import org.cypf.socialcare.api.assessment.ReferralsAndAssessments;
import org.cypf.socialcare.api.assessment.StartAssessment;
import org.cypf.socialcare.api.lookedafter.ChildDetails;
import org.cypf.socialcare.assessment.domain.Assessment;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.assessment.port.Assessments;
import org.cypf.socialcare.assessment.port.Referrals;
import org.cypf.socialcare.shared.application.ChildrenReferred;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.cypf.socialcare.shared.port.Children;

/**
 * Referral and assessment use cases. Each runs in one unit of work: the access decision and its audit and the
 * change commit together or not at all.
 */
public final class ReferralsAndAssessmentsService implements ReferralsAndAssessments {
    private static final String REFERRAL = "referral";
    private static final String ASSESSMENT = "assessment";

    private final UnitOfWork unitOfWork;
    private final Referrals referrals;
    private final Assessments assessments;
    private final Children children;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final CinCensusCodes codes = CinCensusCodes.standard();

    public ReferralsAndAssessmentsService(UnitOfWork unitOfWork, Referrals referrals, Assessments assessments,
                                          Children children, ContextRecordAccess access, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.referrals = referrals;
        this.assessments = assessments;
        this.children = children;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public ReferralView recordReferral(Caller caller, RecordReferral command) {
        LocalDate today = LocalDate.now(clock);
        ChildDetails details = command.child();
        ChildrenReferred.check(details, today);
        return unitOfWork.inTransaction(() -> {
            Optional<Child> known = children.findByLocalChildId(details.localChildId());
            Child child = ChildrenReferred.knownOrNew(known, details);
            access.authorise(caller, intent(REFERRAL, RecordAction.CREATE, "recording a referral of a child"), child.id());
            Referral referral = Referral.open(UUID.randomUUID(), child.id(), command.referralDate(), command.source(),
                    null, clock.instant(), today, codes);
            if (known.isEmpty()) {
                children.add(child);
            }
            referrals.add(referral);
            return view(referral, child);
        });
    }

    @Override
    public ReferralView referral(Caller caller, UUID referralId) {
        return unitOfWork.inTransaction(() -> {
            Referral referral = referrals.find(referralId).orElseThrow(ReferralsAndAssessmentsService::noSuchReferral);
            access.authorise(caller, intent(REFERRAL, RecordAction.READ, "viewing a child's referral and assessments"),
                    referral.childId());
            return view(referral, child(referral.childId()));
        });
    }

    @Override
    public ReferralView closeReferral(Caller caller, CloseReferral command) {
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            Referral referral = referrals.find(command.referralId()).orElseThrow(ReferralsAndAssessmentsService::noSuchReferral);
            access.authorise(caller, intent(REFERRAL, RecordAction.UPDATE, "closing a child's referral"), referral.childId());
            if (referral.version() != command.version()) {
                throw new StaleVersion("the referral", command.version());
            }
            boolean inProgress = assessments.forReferral(referral.id()).stream().anyMatch(a -> !a.isCompleted());
            Referral closed = referral.close(command.closureDate(), command.reason(), inProgress, today, codes);
            referrals.update(closed);
            return view(AssessmentViews.nextVersion(closed), child(closed.childId()));
        });
    }

    @Override
    public AssessmentView startAssessment(Caller caller, StartAssessment command) {
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            Referral referral = referrals.find(command.referralId()).orElseThrow(ReferralsAndAssessmentsService::noSuchReferral);
            access.authorise(caller, intent(ASSESSMENT, RecordAction.CREATE, "starting a child and family assessment"),
                    referral.childId());
            boolean inProgress = assessments.forReferral(referral.id()).stream().anyMatch(a -> !a.isCompleted());
            Assessment assessment = Assessment.start(UUID.randomUUID(), referral, command.startDate(), inProgress, today);
            assessments.add(assessment);
            return AssessmentViews.of(assessment, referral);
        });
    }

    @Override
    public AssessmentView completeAssessment(Caller caller, CompleteAssessment command) {
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            Assessment assessment = assessments.find(command.assessmentId())
                    .filter(a -> command.referralId() == null || a.referralId().equals(command.referralId()))
                    .orElseThrow(() -> new NotFound("no assessment with this id for this referral"));
            access.authorise(caller, intent(ASSESSMENT, RecordAction.UPDATE, "completing a child and family assessment"),
                    assessment.childId());
            if (assessment.version() != command.version()) {
                throw new StaleVersion("the assessment", command.version());
            }
            Assessment completed = assessment.complete(command.completedDate(), command.authorisedDate(),
                    command.factors(), command.outcome(), today, codes);
            assessments.update(completed);
            Referral referral = referrals.find(completed.referralId()).orElseThrow();
            return AssessmentViews.of(AssessmentViews.nextVersion(completed), referral);
        });
    }

    private ReferralView view(Referral referral, Child child) {
        List<Referral> childs = referrals.forChild(child.id());
        return AssessmentViews.of(referral, child, referral.isReReferral(childs), assessments.forReferral(referral.id()));
    }

    private Child child(ChildId id) {
        return children.findAll(List.of(id)).get(id);
    }

    private static RecordIntent intent(String record, RecordAction action, String purpose) {
        return new RecordIntent(record, action, purpose);
    }

    private static NotFound noSuchReferral() {
        return new NotFound("no referral with this id");
    }
}

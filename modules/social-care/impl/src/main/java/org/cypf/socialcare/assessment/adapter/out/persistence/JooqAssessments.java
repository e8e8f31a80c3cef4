package org.cypf.socialcare.assessment.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.ASSESSMENT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.assessment.domain.Assessment;
import org.cypf.socialcare.assessment.domain.AssessmentOutcome;
import org.cypf.socialcare.assessment.port.Assessments;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.AssessmentRecord;
import org.jooq.Condition;
import org.jooq.exception.IntegrityConstraintViolationException;

/** Child and family assessments in {@code social_care.assessment}; the factors as a text array. */
public final class JooqAssessments implements Assessments {
    private final ContextDatabase database;

    public JooqAssessments(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Assessment> find(UUID assessmentId) {
        return load(ASSESSMENT.ASSESSMENT_ID.eq(assessmentId)).stream().findFirst();
    }

    @Override
    public List<Assessment> forReferral(UUID referralId) {
        return load(ASSESSMENT.REFERRAL_ID.eq(referralId));
    }

    @Override
    public List<Assessment> forReferrals(java.util.Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return load(ASSESSMENT.REFERRAL_ID.eq(org.jooq.impl.DSL.any(referralIds.toArray(UUID[]::new))));
    }

    @Override
    public void add(Assessment assessment) {
        try {
            database.transactionalDsl().insertInto(ASSESSMENT)
                    .set(ASSESSMENT.ASSESSMENT_ID, assessment.id())
                    .set(ASSESSMENT.REFERRAL_ID, assessment.referralId())
                    .set(ASSESSMENT.CHILD_ID, assessment.childId().value())
                    .set(ASSESSMENT.START_DATE, assessment.startDate())
                    .set(ASSESSMENT.DUE_DATE, assessment.dueDate())
                    .set(ASSESSMENT.COMPLETED_DATE, assessment.completedDate())
                    .set(ASSESSMENT.AUTHORISED_DATE, assessment.authorisedDate())
                    .set(ASSESSMENT.FACTORS, assessment.factors().toArray(String[]::new))
                    .set(ASSESSMENT.OUTCOME, assessment.outcome() == null ? null : assessment.outcome().name())
                    .set(ASSESSMENT.VERSION, assessment.version())
                    .execute();
        } catch (IntegrityConstraintViolationException e) {
            // assessment_one_in_progress_per_referral: a concurrent request started one first.
            throw new Conflict("an assessment of this referral is already in progress");
        }
    }

    @Override
    public void update(Assessment changed, long expectedVersion) {
        int updated = database.transactionalDsl().update(ASSESSMENT)
                .set(ASSESSMENT.COMPLETED_DATE, changed.completedDate())
                .set(ASSESSMENT.AUTHORISED_DATE, changed.authorisedDate())
                .set(ASSESSMENT.FACTORS, changed.factors().toArray(String[]::new))
                .set(ASSESSMENT.OUTCOME, changed.outcome() == null ? null : changed.outcome().name())
                .set(ASSESSMENT.VERSION, changed.version())
                .where(ASSESSMENT.ASSESSMENT_ID.eq(changed.id()).and(ASSESSMENT.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the assessment", expectedVersion);
        }
    }

    @Override
    public List<Assessment> authorisedBetween(LocalDate from, LocalDate to) {
        return load(ASSESSMENT.AUTHORISED_DATE.between(from, to));
    }

    private List<Assessment> load(Condition which) {
        return database.transactionalDsl().selectFrom(ASSESSMENT).where(which)
                .orderBy(ASSESSMENT.START_DATE, ASSESSMENT.ASSESSMENT_ID)
                .fetch(JooqAssessments::assessment);
    }

    private static Assessment assessment(AssessmentRecord r) {
        return Assessment.rebuild(r.getAssessmentId(), r.getReferralId(), ChildId.of(r.getChildId()), r.getStartDate(),
                r.getDueDate(), r.getCompletedDate(), r.getAuthorisedDate(), List.of(r.getFactors()),
                r.getOutcome() == null ? null : AssessmentOutcome.valueOf(r.getOutcome()), r.getVersion());
    }
}

package org.cypf.socialcare.protection.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CHILD_PROTECTION_PLAN;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CHILD_PROTECTION_REVIEW;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.protection.domain.ChildProtectionPlan;
import org.cypf.socialcare.protection.domain.PlanEndReason;
import org.cypf.socialcare.protection.port.ChildProtectionPlans;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.ChildProtectionPlanRecord;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.ChildProtectionReviewRecord;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.exception.IntegrityConstraintViolationException;

/** Child protection plans in {@code social_care.child_protection_plan} and their reviews in {@code child_protection_review}. */
public final class JooqChildProtectionPlans implements ChildProtectionPlans {
    private final ContextDatabase database;

    public JooqChildProtectionPlans(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<ChildProtectionPlan> find(UUID planId) {
        return load(CHILD_PROTECTION_PLAN.PLAN_ID.eq(planId)).stream().findFirst();
    }

    @Override
    public Optional<ChildProtectionPlan> forEnquiry(UUID enquiryId) {
        return load(CHILD_PROTECTION_PLAN.ENQUIRY_ID.eq(enquiryId)).stream().findFirst();
    }

    @Override
    public List<ChildProtectionPlan> forChild(ChildId child) {
        return load(CHILD_PROTECTION_PLAN.CHILD_ID.eq(child.value()));
    }

    @Override
    public List<ChildProtectionPlan> forChildren(java.util.Collection<ChildId> children) {
        if (children.isEmpty()) {
            return List.of();
        }
        return load(CHILD_PROTECTION_PLAN.CHILD_ID.eq(org.jooq.impl.DSL.any(
                children.stream().map(ChildId::value).toArray(UUID[]::new))));
    }

    @Override
    public Page<ChildProtectionPlan> forChild(ChildId child, Slice slice) {
        Condition which = CHILD_PROTECTION_PLAN.CHILD_ID.eq(child.value());
        DSLContext dsl = database.transactionalDsl();
        long total = dsl.fetchCount(CHILD_PROTECTION_PLAN, which);
        return new Page<>(rebuild(dsl, dsl.selectFrom(CHILD_PROTECTION_PLAN).where(which)
                .orderBy(CHILD_PROTECTION_PLAN.START_DATE, CHILD_PROTECTION_PLAN.PLAN_ID)
                .limit(slice.size()).offset(slice.offset()).fetch()), total);
    }

    @Override
    public void add(ChildProtectionPlan plan) {
        DSLContext dsl = database.transactionalDsl();
        try {
            dsl.insertInto(CHILD_PROTECTION_PLAN)
                    .set(CHILD_PROTECTION_PLAN.PLAN_ID, plan.id())
                    .set(CHILD_PROTECTION_PLAN.CHILD_ID, plan.childId().value())
                    .set(CHILD_PROTECTION_PLAN.REFERRAL_ID, plan.referralId())
                    .set(CHILD_PROTECTION_PLAN.ENQUIRY_ID, plan.enquiryId())
                    .set(CHILD_PROTECTION_PLAN.ICPC_DATE, plan.conferenceDate())
                    .set(CHILD_PROTECTION_PLAN.START_DATE, plan.startDate())
                    .set(CHILD_PROTECTION_PLAN.INITIAL_CATEGORY, plan.initialCategory())
                    .set(CHILD_PROTECTION_PLAN.LATEST_CATEGORY, plan.latestCategory())
                    .set(CHILD_PROTECTION_PLAN.PREVIOUS_PLANS, plan.previousPlans())
                    .set(CHILD_PROTECTION_PLAN.END_DATE, plan.endDate())
                    .set(CHILD_PROTECTION_PLAN.END_REASON, plan.endReason() == null ? null : plan.endReason().name())
                    .set(CHILD_PROTECTION_PLAN.VERSION, plan.version())
                    .execute();
        } catch (IntegrityConstraintViolationException e) {
            // child_protection_plan_one_open_per_child, or the enquiry's plan: a concurrent request started it first.
            throw new Conflict("the child already has an open child protection plan; a child cannot have two");
        }
        saveReviews(dsl, plan);
    }

    @Override
    public void update(ChildProtectionPlan changed, long expectedVersion) {
        DSLContext dsl = database.transactionalDsl();
        int updated = dsl.update(CHILD_PROTECTION_PLAN)
                .set(CHILD_PROTECTION_PLAN.LATEST_CATEGORY, changed.latestCategory())
                .set(CHILD_PROTECTION_PLAN.END_DATE, changed.endDate())
                .set(CHILD_PROTECTION_PLAN.END_REASON, changed.endReason() == null ? null : changed.endReason().name())
                .set(CHILD_PROTECTION_PLAN.VERSION, changed.version())
                .where(CHILD_PROTECTION_PLAN.PLAN_ID.eq(changed.id())
                        .and(CHILD_PROTECTION_PLAN.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the child protection plan", expectedVersion);
        }
        saveReviews(dsl, changed);
    }

    @Override
    public List<ChildProtectionPlan> openAtEndOf(LocalDate date) {
        return load(openAtEndOfCondition(date));
    }

    @Override
    public Page<ChildProtectionPlan> openAtEndOf(LocalDate date, ListScope scope, Slice slice) {
        Condition which = openAtEndOfCondition(date);
        if (!scope.wholePartnership()) {
            which = which.and(CHILD_PROTECTION_PLAN.CHILD_ID.eq(DSL.any(scope.childIds())));
        }
        DSLContext dsl = database.transactionalDsl();
        long total = dsl.fetchCount(CHILD_PROTECTION_PLAN, which);
        return new Page<>(rebuild(dsl, dsl.selectFrom(CHILD_PROTECTION_PLAN).where(which)
                .orderBy(CHILD_PROTECTION_PLAN.START_DATE, CHILD_PROTECTION_PLAN.PLAN_ID)
                .limit(slice.size()).offset(slice.offset()).fetch()), total);
    }

    /** The DfE's "on a plan at 31 March" rule in SQL; the domain's {@code ChildProtectionPlan.isOpenAtEndOf} says the same. */
    private static Condition openAtEndOfCondition(LocalDate date) {
        return CHILD_PROTECTION_PLAN.START_DATE.le(date)
                .and(CHILD_PROTECTION_PLAN.END_DATE.isNull().or(CHILD_PROTECTION_PLAN.END_DATE.gt(date)));
    }

    @Override
    public List<ChildProtectionPlan> startedBetween(LocalDate from, LocalDate to) {
        return load(CHILD_PROTECTION_PLAN.START_DATE.between(from, to));
    }

    private static void saveReviews(DSLContext dsl, ChildProtectionPlan plan) {
        for (ChildProtectionPlan.Review review : plan.reviews()) {
            dsl.insertInto(CHILD_PROTECTION_REVIEW)
                    .set(CHILD_PROTECTION_REVIEW.PLAN_ID, plan.id())
                    .set(CHILD_PROTECTION_REVIEW.REVIEW_DATE, review.date())
                    .set(CHILD_PROTECTION_REVIEW.CATEGORY, review.category())
                    .onConflictDoNothing()
                    .execute();
        }
    }

    private List<ChildProtectionPlan> load(Condition which) {
        DSLContext dsl = database.transactionalDsl();
        return rebuild(dsl, dsl.selectFrom(CHILD_PROTECTION_PLAN).where(which)
                .orderBy(CHILD_PROTECTION_PLAN.START_DATE, CHILD_PROTECTION_PLAN.PLAN_ID).fetch());
    }

    private List<ChildProtectionPlan> rebuild(DSLContext dsl, List<ChildProtectionPlanRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ChildProtectionPlan.Review>> reviews = dsl.selectFrom(CHILD_PROTECTION_REVIEW)
                .where(CHILD_PROTECTION_REVIEW.PLAN_ID.eq(DSL.any(rows.stream().map(ChildProtectionPlanRecord::getPlanId).toArray(UUID[]::new))))
                .orderBy(CHILD_PROTECTION_REVIEW.REVIEW_DATE)
                .fetch().stream()
                .collect(Collectors.groupingBy(ChildProtectionReviewRecord::getPlanId, Collectors.mapping(
                        r -> new ChildProtectionPlan.Review(r.getReviewDate(), r.getCategory()), Collectors.toList())));
        return rows.stream().map(r -> ChildProtectionPlan.rebuild(r.getPlanId(), ChildId.of(r.getChildId()),
                r.getReferralId(), r.getEnquiryId(), r.getIcpcDate(), r.getStartDate(), r.getInitialCategory(),
                r.getLatestCategory(), r.getPreviousPlans(), reviews.getOrDefault(r.getPlanId(), List.of()),
                r.getEndDate(), r.getEndReason() == null ? null : PlanEndReason.valueOf(r.getEndReason()),
                r.getVersion())).toList();
    }
}

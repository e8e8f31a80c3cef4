package org.cypf.socialcare.protection.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CHILD_PROTECTION_PLAN;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CHILD_PROTECTION_REVIEW;

import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.platform.db.CountsByTeam;
import java.time.LocalDate;
import java.util.List;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.protection.domain.ChildProtectionPlan;
import org.cypf.socialcare.protection.port.PlanReviewsAwaited;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Open plans in {@code social_care.child_protection_plan} with their next review's due date worked out in the query:
 * the domain's {@code ChildProtectionPlan.nextReviewDue} in SQL, from its own constants ({@link
 * ChildProtectionPlan#FIRST_REVIEW_MONTHS} after the initial conference, then {@link
 * ChildProtectionPlan#LATER_REVIEW_MONTHS} after the latest review), so the queue is ordered by the statutory due date
 * before it is paged. A test checks that the two agree.
 */
public final class JooqPlanReviewsAwaited implements PlanReviewsAwaited {
    private final ContextDatabase database;

    public JooqPlanReviewsAwaited(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Page<Awaited> soonestDueFirst(ListScope scope, Slice slice) {
        var p = CHILD_PROTECTION_PLAN;
        var r = CHILD_PROTECTION_REVIEW;
        Condition which = open(scope);
        Field<Integer> held = DSL.field(DSL.selectCount().from(r).where(r.PLAN_ID.eq(p.PLAN_ID)));
        Field<LocalDate> due = reviewDue();
        DSLContext dsl = database.transactionalDsl();
        long total = dsl.fetchCount(p, which);
        List<Awaited> items = dsl.select(p.PLAN_ID, p.CHILD_ID, p.START_DATE, p.LATEST_CATEGORY, held, due).from(p)
                .where(which).orderBy(due, p.PLAN_ID)
                .limit(slice.size()).offset(slice.offset())
                .fetch(x -> new Awaited(x.value1(), ChildId.of(x.value2()), x.value3(), x.value4(), x.value5(),
                        x.value6()));
        return new Page<>(items, total);
    }

    /** {@code date} plus whole months as PostgreSQL counts them: the month's last day when the day does not exist, as Java's {@code plusMonths}. */
    static Field<LocalDate> plusMonths(Field<LocalDate> date, int months) {
        return DSL.field("cast({0} + make_interval(months => {1}) as date)", SQLDataType.LOCALDATE, date,
                DSL.inline(months));
    }

    @Override
    public List<TeamCount> countsByTeam(ListScope scope,
            ChildTeams teams, LocalDate today) {
        var p = CHILD_PROTECTION_PLAN;
        return CountsByTeam.count(database.transactionalDsl(), p, p.CHILD_ID, open(scope), reviewDue(), today,
                teams.children(), teams.teams()).stream()
                .map(c -> new TeamCount(c.team(), c.rows(), c.overdue())).toList();
    }

    private static Condition open(ListScope scope) {
        var p = CHILD_PROTECTION_PLAN;
        Condition which = p.END_DATE.isNull();
        // The children in scope as one array bind value, however many (an IN list stops at 65,535; ADR 0112).
        return scope.wholePartnership() ? which : which.and(p.CHILD_ID.eq(DSL.any(scope.childIds())));
    }

    /** The plan's next review: after the latest review, else after the initial conference. */
    private static Field<LocalDate> reviewDue() {
        var p = CHILD_PROTECTION_PLAN;
        var r = CHILD_PROTECTION_REVIEW;
        Field<LocalDate> latest = DSL.field(DSL.select(DSL.max(r.REVIEW_DATE)).from(r).where(r.PLAN_ID.eq(p.PLAN_ID)));
        return DSL.coalesce(plusMonths(latest, ChildProtectionPlan.LATER_REVIEW_MONTHS),
                plusMonths(p.ICPC_DATE, ChildProtectionPlan.FIRST_REVIEW_MONTHS));
    }
}

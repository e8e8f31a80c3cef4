package org.cypf.healthwellbeing.send.adapter.out.persistence;

import static org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.Tables.EHC_REQUEST;

import java.util.List;
import org.cypf.governance.api.access.ListScope;
import org.cypf.healthwellbeing.send.port.EhcRequestsAwaitingPlans;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** {@code health_wellbeing.ehc_request} rows still open, waiting for their final plan, by the plan's due date. */
public final class JooqEhcRequestsAwaitingPlans implements EhcRequestsAwaitingPlans {
    private final ContextDatabase database;

    public JooqEhcRequestsAwaitingPlans(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Page<Awaiting> soonestDueFirst(ListScope scope, Slice slice) {
        var r = EHC_REQUEST;
        Condition which = awaiting(scope);
        DSLContext dsl = database.transactionalDsl();
        long total = dsl.fetchCount(r, which);
        List<Awaiting> items = dsl.select(r.REQUEST_ID, r.CHILD_ID, r.RECEIVED_ON, r.DECISION_DUE_BY, r.DECISION,
                        r.DRAFT_ISSUED_ON, r.PLAN_DUE_BY, r.VERSION).from(r)
                .where(which).orderBy(r.PLAN_DUE_BY, r.REQUEST_ID)
                .limit(slice.size()).offset(slice.offset())
                .fetch(x -> new Awaiting(x.value1(), ChildId.of(x.value2()), x.value3(), x.value4(), x.value5(),
                        x.value6(), x.value7(), x.value8()));
        return new Page<>(items, total);
    }

    @Override
    public List<org.cypf.governance.api.access.TeamCount> countsByTeam(ListScope scope,
            org.cypf.governance.api.access.ChildTeams teams, java.time.LocalDate today) {
        var r = EHC_REQUEST;
        return org.cypf.platform.db.CountsByTeam.count(database.transactionalDsl(), r, r.CHILD_ID, awaiting(scope),
                r.PLAN_DUE_BY, today, teams.children(), teams.teams()).stream()
                .map(c -> new org.cypf.governance.api.access.TeamCount(c.team(), c.rows(), c.overdue())).toList();
    }

    private static Condition awaiting(ListScope scope) {
        var r = EHC_REQUEST;
        // Still open: spelled without NOT, which SQL's nulls would turn against a request not yet decided.
        Condition which = r.PLAN_ISSUED_ON.isNull().and(r.CEASED_ON.isNull()).and(r.WITHDRAWN_ON.isNull())
                .and(r.NOT_TO_ISSUE_ON.isNull()).and(r.DECISION.isNull().or(r.DECISION.eq("ASSESS")));
        // The children in scope as one array bind value, however many (an IN list stops at 65,535; ADR 0112).
        return scope.wholePartnership() ? which : which.and(r.CHILD_ID.eq(DSL.any(scope.childIds())));
    }
}

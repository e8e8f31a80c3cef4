package org.cypf.socialcare.protection.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CHILD_PROTECTION_ENQUIRY;

import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.platform.db.CountsByTeam;
import java.util.List;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.protection.domain.Section47Outcome;
import org.cypf.socialcare.protection.port.ConferencesAwaited;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Enquiries in {@code social_care.child_protection_enquiry} with an initial conference due and none held; the
 * domain's {@code ChildProtectionEnquiry.conferenceNotRequired} in SQL: a section 47 outcome other than a conference.
 */
public final class JooqConferencesAwaited implements ConferencesAwaited {
    private final ContextDatabase database;

    public JooqConferencesAwaited(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Page<Awaited> soonestDueFirst(ListScope scope, Slice slice) {
        var e = CHILD_PROTECTION_ENQUIRY;
        Condition which = awaited(scope);
        DSLContext dsl = database.transactionalDsl();
        long total = dsl.fetchCount(e, which);
        List<Awaited> items = dsl.select(e.ENQUIRY_ID, e.CHILD_ID, e.S47_START_DATE, e.ICPC_DUE_DATE).from(e)
                .where(which).orderBy(e.ICPC_DUE_DATE, e.ENQUIRY_ID)
                .limit(slice.size()).offset(slice.offset())
                .fetch(r -> new Awaited(r.value1(), ChildId.of(r.value2()), r.value3(), r.value4()));
        return new Page<>(items, total);
    }

    @Override
    public List<TeamCount> countsByTeam(ListScope scope,
            ChildTeams teams, java.time.LocalDate today) {
        var e = CHILD_PROTECTION_ENQUIRY;
        return CountsByTeam.count(database.transactionalDsl(), e, e.CHILD_ID, awaited(scope), e.ICPC_DUE_DATE, today,
                teams.children(), teams.teams()).stream()
                .map(c -> new TeamCount(c.team(), c.rows(), c.overdue())).toList();
    }

    private static Condition awaited(ListScope scope) {
        var e = CHILD_PROTECTION_ENQUIRY;
        Condition which = e.ICPC_DUE_DATE.isNotNull().and(e.ICPC_DATE.isNull())
                .and(e.S47_OUTCOME.isNull().or(e.S47_OUTCOME.eq(Section47Outcome.INITIAL_CONFERENCE.name())));
        // The children in scope as one array bind value, however many (an IN list stops at 65,535; ADR 0112).
        return scope.wholePartnership() ? which : which.and(e.CHILD_ID.eq(DSL.any(scope.childIds())));
    }
}

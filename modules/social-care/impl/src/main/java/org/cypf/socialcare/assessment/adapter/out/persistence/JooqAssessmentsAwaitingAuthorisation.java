package org.cypf.socialcare.assessment.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.ASSESSMENT;

import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.platform.db.CountsByTeam;
import java.util.List;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.assessment.domain.Assessment;
import org.cypf.socialcare.assessment.domain.AssessmentOutcome;
import org.cypf.socialcare.assessment.port.AssessmentsAwaitingAuthorisation;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Assessments in {@code social_care.assessment} with no authorisation date, by due date. */
public final class JooqAssessmentsAwaitingAuthorisation implements AssessmentsAwaitingAuthorisation {
    private final ContextDatabase database;

    public JooqAssessmentsAwaitingAuthorisation(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Page<Assessment> soonestDueFirst(ListScope scope, Slice slice) {
        Condition which = awaiting(scope);
        DSLContext dsl = database.transactionalDsl();
        long total = dsl.fetchCount(ASSESSMENT, which);
        List<Assessment> items = dsl.selectFrom(ASSESSMENT).where(which)
                .orderBy(ASSESSMENT.DUE_DATE, ASSESSMENT.ASSESSMENT_ID)
                .limit(slice.size()).offset(slice.offset())
                .fetch(r -> Assessment.rebuild(r.getAssessmentId(), r.getReferralId(), ChildId.of(r.getChildId()),
                        r.getStartDate(), r.getDueDate(), r.getCompletedDate(), r.getAuthorisedDate(),
                        List.of(r.getFactors()), r.getOutcome() == null ? null : AssessmentOutcome.valueOf(r.getOutcome()),
                        r.getVersion()));
        return new Page<>(items, total);
    }

    @Override
    public List<TeamCount> countsByTeam(ListScope scope,
            ChildTeams teams, java.time.LocalDate today) {
        return CountsByTeam.count(database.transactionalDsl(), ASSESSMENT, ASSESSMENT.CHILD_ID, awaiting(scope),
                ASSESSMENT.DUE_DATE, today,
                teams.children(), teams.teams()).stream()
                .map(c -> new TeamCount(c.team(), c.rows(), c.overdue())).toList();
    }

    private static Condition awaiting(ListScope scope) {
        Condition which = ASSESSMENT.AUTHORISED_DATE.isNull();
        // The children in scope as one array bind value, however many (an IN list stops at 65,535; ADR 0112).
        return scope.wholePartnership() ? which : which.and(ASSESSMENT.CHILD_ID.eq(DSL.any(scope.childIds())));
    }
}

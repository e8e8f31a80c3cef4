package org.cypf.socialcare.assessment.adapter.out.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.socialcare.assessment.domain.Assessment;
import org.cypf.socialcare.assessment.port.AssessmentsAwaitingAuthorisation;
import org.cypf.socialcare.shared.adapter.out.memory.WorkQueues;

/**
 * The assessments queue read from {@link InMemoryAssessments}, for fast tests (ADR 0097); test code only. It passes
 * {@code AssessmentsAwaitingAuthorisationContract} as the jOOQ adapter does: an assessment awaits authorisation until
 * it has an authorisation date.
 */
public final class InMemoryAssessmentsAwaitingAuthorisation implements AssessmentsAwaitingAuthorisation {
    /** Soonest due first, then by id, as the jOOQ adapter reads them (a uuid's text orders as its bytes). */
    private static final Comparator<Assessment> SOONEST = Comparator.comparing(Assessment::dueDate)
            .thenComparing(a -> a.id().toString());

    private final InMemoryAssessments assessments;

    public InMemoryAssessmentsAwaitingAuthorisation(InMemoryAssessments assessments) {
        this.assessments = assessments;
    }

    private List<Assessment> awaiting(ListScope scope) {
        return assessments.where(a -> a.authorisedDate() == null && scope.includes(a.childId())).stream()
                .sorted(SOONEST).toList();
    }

    @Override
    public Page<Assessment> soonestDueFirst(ListScope scope, Slice slice) {
        return WorkQueues.page(awaiting(scope), slice);
    }

    @Override
    public List<TeamCount> countsByTeam(ListScope scope, ChildTeams teams, LocalDate today) {
        return WorkQueues.countsByTeam(awaiting(scope), Assessment::childId, Assessment::dueDate, teams, today);
    }
}

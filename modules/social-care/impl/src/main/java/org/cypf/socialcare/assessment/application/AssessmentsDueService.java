package org.cypf.socialcare.assessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.assessment.AssessmentDue;
import org.cypf.socialcare.api.assessment.AssessmentsDue;
import org.cypf.socialcare.assessment.domain.Assessment;
import org.cypf.socialcare.assessment.port.AssessmentsAwaitingAuthorisation;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.port.Children;

/**
 * The assessments queue: whose assessments the caller may see listed is decided first, then filtered and paged in the
 * query, and every child on the page is authorised and audited as a listing (ADR 0033).
 */
public final class AssessmentsDueService implements AssessmentsDue {
    private static final RecordIntent LISTING = new RecordIntent("assessment", RecordAction.LIST,
            "listing assessments awaiting authorisation");

    private final UnitOfWork unitOfWork;
    private final AssessmentsAwaitingAuthorisation assessments;
    private final Children children;
    private final ContextRecordAccess access;
    private final Clock clock;

    public AssessmentsDueService(UnitOfWork unitOfWork, AssessmentsAwaitingAuthorisation assessments,
                                 Children children, ContextRecordAccess access, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.assessments = assessments;
        this.children = children;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public Page<AssessmentDue> assessmentsDue(Caller caller, Slice slice) {
        if (slice.size() > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("a page of assessments holds at most " + MAX_PAGE_SIZE);
        }
        return unitOfWork.inSnapshot(() -> {
            ListScope scope = access.listScope(caller, LISTING, LocalDate.now(clock));
            Page<Assessment> page = assessments.soonestDueFirst(scope, slice);
            List<ChildId> ids = page.items().stream().map(Assessment::childId).toList();
            access.authoriseAll(caller, LISTING, ids);
            Map<ChildId, Child> byId = children.findAll(ids);
            return page.map(a -> new AssessmentDue(a.id(), a.referralId(), a.childId().toString(),
                    byId.containsKey(a.childId()) ? byId.get(a.childId()).localChildId() : null, a.startDate(),
                    a.dueDate(), a.completedDate()));
        });
    }

    @Override
    public java.util.List<org.cypf.governance.api.access.TeamCount> countsByTeam(Caller caller,
            org.cypf.governance.api.access.ChildTeams teams) {
        return unitOfWork.inTransaction(() -> {
            LocalDate today = LocalDate.now(clock);
            ListScope scope = access.listScope(caller, LISTING, today);
            // The count names no child: the access port decides the listing and audits none.
            access.authoriseAll(caller, LISTING, java.util.List.of());
            return assessments.countsByTeam(scope, teams, today);
        });
    }
}

package org.cypf.socialcare.assessment.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.Casework.child;
import static org.cypf.socialcare.SocialCareFixture.OUTSIDER;
import static org.cypf.socialcare.SocialCareFixture.PARTNER;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.SocialCareContext;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.assessment.AssessmentDue;
import org.cypf.socialcare.api.assessment.AssessmentView;
import org.cypf.socialcare.api.assessment.AssessmentsDue;
import org.cypf.socialcare.api.assessment.CompleteAssessment;
import org.cypf.socialcare.api.assessment.RecordReferral;
import org.cypf.socialcare.api.assessment.ReferralsAndAssessments;
import org.cypf.socialcare.api.assessment.StartAssessment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The assessments queue on PostgreSQL: unauthorised assessments, soonest due first, paged, scoped and audited. */
class AssessmentsDueServiceTest {
    private static final Caller OTHER_WORKER = new Caller("sw.jones", PARTNER, "social-worker", null);
    /** The children {@link #OTHER_WORKER} is involved with (the recording double knows no involvement of its own). */
    private static final java.util.Set<ChildId> OTHERS_CHILDREN = new java.util.HashSet<>();
    private static SocialCareFixture f;
    private static ReferralsAndAssessments referrals;
    private static AssessmentsDue queue;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("assessments due", 20_000);
        referrals = f.context.referralsAndAssessments();
        // the same database, with lists scoped as the access policy would scope them for a worker involved with some
        queue = new SocialCareContext(f.socialCareDb, RecordingChildRecordAccess.forPartners(Set.of(PARTNER))
                .withAuditThrough(f.governanceDb).listingOnly(c -> c.userId().equals(OTHER_WORKER.userId())
                        ? ListScope.only(OTHERS_CHILDREN) : ListScope.everyChild()), 20_000, SocialCareFixture.CLOCK)
                .assessmentsDue();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static AssessmentView assess(String localChildId, java.time.LocalDate referred) {
        var referral = referrals.recordReferral(SOCIAL_WORKER, new RecordReferral(child(localChildId), referred, "6"));
        return referrals.startAssessment(SOCIAL_WORKER, new StartAssessment(referral.referralId(), referred.plusDays(1)));
    }

    @Test
    void unauthorised_assessments_soonest_due_first_a_page_at_a_time_of_the_children_the_caller_may_list() {
        AssessmentView later = assess("Q100", of(2025, 5, 1));
        AssessmentView sooner = assess("Q101", of(2025, 4, 1));
        AssessmentView done = assess("Q102", of(2025, 3, 3));
        referrals.completeAssessment(SOCIAL_WORKER, new CompleteAssessment(done.referralId(), done.assessmentId(),
                of(2025, 4, 20), of(2025, 4, 22), List.of("3B"), "NO_FURTHER_ACTION", done.version()));

        var first = queue.assessmentsDue(SOCIAL_WORKER, new Slice(1, 1));
        assertEquals(2, first.total(), "the authorised one is done");
        assertEquals(List.of("Q101"), first.items().stream().map(AssessmentDue::localChildId).toList());
        assertEquals(sooner.dueDate(), first.items().getFirst().dueDate());
        assertEquals(List.of(later.assessmentId()), queue.assessmentsDue(SOCIAL_WORKER, new Slice(2, 1)).items()
                .stream().map(AssessmentDue::assessmentId).toList());
        assertEquals(1, f.count("select count(*) from governance.child_record_access where child_id = ?::uuid "
                + "and action = 'LIST' and record_type = 'assessment'", sooner.childId()), "the page's child, audited");

        OTHERS_CHILDREN.add(ChildId.parse(later.childId()));
        var others = queue.assessmentsDue(OTHER_WORKER, new Slice(1, 10));
        assertEquals(1, others.total(), "only the children the caller may list, counted in the query");
        assertEquals(List.of(later.assessmentId()), others.items().stream().map(AssessmentDue::assessmentId).toList());
        assertThrows(AccessDenied.class, () -> queue.assessmentsDue(OUTSIDER, new Slice(1, 10)));
        assertThrows(IllegalArgumentException.class, () -> queue.assessmentsDue(SOCIAL_WORKER,
                new Slice(1, AssessmentsDue.MAX_PAGE_SIZE + 1)));
    }
}

package org.cypf.socialcare;

import static org.cypf.socialcare.SocialCareFixture.PARTNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Slice;
import org.cypf.socialcare.api.assessment.AssessmentDue;
import org.cypf.socialcare.api.frontdoor.ContactAwaitingDecision;
import org.cypf.socialcare.api.lookedafter.LookedAfterReviewDue;
import org.cypf.socialcare.api.protection.ConferenceDue;
import org.cypf.socialcare.api.protection.PlanReviewDue;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every social care work queue asked by a team manager whose team holds more children than PostgreSQL takes bind values
 * (65,535): the queue's page and its count are of exactly those children, and per-team counts hold over all of them
 * (ADR 0112). 70,000 children are in scope; every seventh has a row in each queue (10,000), the k-th of them due k days
 * after the queue's base date; 200 children outside the scope have rows due earlier, so a scope not applied would put
 * them first. Seeded set-based in SQL.
 */
class WorkQueuesOfAWholeAuthorityTest {
    private static final int IN_SCOPE = 70_000;
    private static final int OUTSIDE = 200;
    private static final int ROWS = IN_SCOPE / 7;
    private static final int PAGE = 50;
    private static final Caller MANAGER = new Caller("tm.large", PARTNER, "social-worker", null);
    /** The in-scope children with a row in each queue (k = 1..10,000, child S{7k}) and those outside (k = -1..-200). */
    private static final String SEEDED = "(select md5('in' || g)::uuid as child_id, g / 7 as k from generate_series(7, "
            + IN_SCOPE + ", 7) g union all select md5('out' || g)::uuid, -g from generate_series(1, " + OUTSIDE + ") g)";

    private static SocialCareFixture f;
    private static SocialCareContext context;
    private static ChildTeams teams;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("work queues of a whole authority", 100_000);
        f.admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) "
                + "select md5('in' || g)::uuid, 'S' || g, date '2015-01-01', '1' from generate_series(1, " + IN_SCOPE + ") g "
                + "union all select md5('out' || g)::uuid, 'X' || g, date '2015-01-01', '2' from generate_series(1, "
                + OUTSIDE + ") g");
        f.admin.execute("insert into social_care.contact (contact_id, child_id, received_at, received_on, "
                + "decision_due_on, referral_source, worry) select md5('contact' || k)::uuid, child_id, "
                + "(date '2025-01-01' + k - 1)::timestamp at time zone 'Europe/London', date '2025-01-01' + k - 1, "
                + "date '2025-01-01' + k, '1A', 'a worry' from " + SEEDED + " s");
        f.admin.execute("insert into social_care.referral (referral_id, child_id, referral_date, referral_source, "
                + "recorded_at) select md5('referral' || k)::uuid, child_id, date '2024-06-01', '1A', now() from "
                + SEEDED + " s union all select md5('plan referral' || k)::uuid, child_id, date '2024-06-01', '1A', "
                + "now() from " + SEEDED + " s");
        f.admin.execute("insert into social_care.assessment (assessment_id, referral_id, child_id, start_date, due_date) "
                + "select md5('assessment' || k)::uuid, md5('referral' || k)::uuid, child_id, date '2024-06-01', "
                + "date '2025-01-01' + k from " + SEEDED + " s");
        f.admin.execute("insert into social_care.child_protection_enquiry (enquiry_id, child_id, referral_id, "
                + "icpc_due_date) select md5('awaited' || k)::uuid, child_id, md5('referral' || k)::uuid, "
                + "date '2025-01-01' + k from " + SEEDED + " s");
        // A plan's own enquiry has held its conference, so it is not in the conferences queue.
        f.admin.execute("insert into social_care.child_protection_enquiry (enquiry_id, child_id, referral_id, "
                + "icpc_due_date, icpc_date, icpc_outcome) select md5('held' || k)::uuid, child_id, "
                + "md5('plan referral' || k)::uuid, date '2025-02-01' + k, date '2025-02-01' + k, 'CHILD_PROTECTION_PLAN' from "
                + SEEDED + " s");
        f.admin.execute("insert into social_care.child_protection_plan (plan_id, child_id, referral_id, enquiry_id, "
                + "icpc_date, start_date, initial_category, latest_category, previous_plans) select md5('plan' || k)::uuid, "
                + "child_id, md5('plan referral' || k)::uuid, md5('held' || k)::uuid, date '2025-02-01' + k, "
                + "date '2025-02-01' + k, 'NEG', 'NEG', 0 from " + SEEDED + " s");
        // Periods that began before the records held, one review each: the next is due 6 months after it.
        f.admin.execute("insert into social_care.period_of_care (period_id, child_id, start_date) "
                + "select md5('period' || k)::uuid, child_id, date '2024-01-01' from " + SEEDED + " s");
        f.admin.execute("insert into social_care.episode (episode_id, period_id, start_date, reason_new_episode, "
                + "legal_status, category_of_need, placement_type, placement_provider) select md5('episode' || k)::uuid, "
                + "md5('period' || k)::uuid, date '2024-01-01', 'P', 'C2', 'N1', 'U6', 'PR1' from " + SEEDED + " s");
        f.admin.execute("insert into social_care.looked_after_review (review_id, period_id, child_id, review_date, "
                + "participation) select md5('review' || k)::uuid, md5('period' || k)::uuid, child_id, "
                + "date '2025-02-01' + k, 'PN1' from " + SEEDED + " s");
        f.admin.execute("analyze");

        List<UUID> inScope = f.admin.fetch("select child_id from social_care.child where la_child_id like 'S%'")
                .getValues(0, UUID.class);
        assertTrue(inScope.size() > 65_535, "more children than bind values");
        Set<ChildId> scope = Set.copyOf(inScope.stream().map(ChildId::of).toList());
        context = new SocialCareContext(f.socialCareDb, RecordingChildRecordAccess.forPartners(Set.of(PARTNER))
                .withAuditThrough(f.governanceDb).listingOnly(c -> ListScope.only(scope)), 100_000,
                SocialCareFixture.CLOCK);
        // Every child has a team, those outside the scope too: even S numbers in North, odd in South.
        Map<UUID, String> byChild = new HashMap<>();
        f.admin.fetch("select child_id, la_child_id from social_care.child").forEach(r -> byChild.put(
                r.get(0, UUID.class), Integer.parseInt(r.get(1, String.class).substring(1)) % 2 == 0 ? "North" : "South"));
        teams = new ChildTeams(byChild);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** The local ids of the first page: the soonest due in scope, k = 1..50, child S{7k}. */
    private static List<String> firstPage() {
        return IntStream.rangeClosed(1, PAGE).mapToObj(k -> "S" + 7 * k).toList();
    }

    /** Per team, the rows in scope and those due before today, the k-th row due on {@code due.apply(k)}. */
    private static List<TeamCount> expectedCounts(IntFunction<LocalDate> due) {
        long[] north = new long[2];
        long[] south = new long[2];
        for (int k = 1; k <= ROWS; k++) {
            long[] team = (7 * k) % 2 == 0 ? north : south;
            team[0]++;
            if (due.apply(k).isBefore(SocialCareFixture.TODAY)) {
                team[1]++;
            }
        }
        return List.of(new TeamCount("North", north[0], north[1]), new TeamCount("South", south[0], south[1]));
    }

    private static long audited(String recordType) {
        return f.count("select count(*) from governance.child_record_access where user_id = ? and record_type = ? "
                + "and action = 'LIST'", MANAGER.userId(), recordType);
    }

    private static LocalDate day(int k) {
        return LocalDate.of(2025, 1, 1).plusDays(k);
    }

    @Test
    void contacts_awaiting_a_decision() {
        var queue = context.contactsAwaitingDecision();
        var page = queue.contactsAwaitingDecision(MANAGER, new Slice(1, PAGE));
        assertEquals(ROWS, page.total());
        assertEquals(firstPage(), page.items().stream().map(ContactAwaitingDecision::localChildId).toList());
        assertEquals(day(1), page.items().getFirst().decisionDueOn());
        assertEquals(PAGE, audited("contact"), "each child on the page audited");
        assertEquals(expectedCounts(WorkQueuesOfAWholeAuthorityTest::day), queue.countsByTeam(MANAGER, teams));
    }

    @Test
    void assessments_due() {
        var queue = context.assessmentsDue();
        var page = queue.assessmentsDue(MANAGER, new Slice(1, PAGE));
        assertEquals(ROWS, page.total());
        assertEquals(firstPage(), page.items().stream().map(AssessmentDue::localChildId).toList());
        assertEquals(expectedCounts(WorkQueuesOfAWholeAuthorityTest::day), queue.countsByTeam(MANAGER, teams));
    }

    @Test
    void initial_conferences_due() {
        var queue = context.conferencesDue();
        var page = queue.conferencesDue(MANAGER, new Slice(1, PAGE));
        assertEquals(ROWS, page.total());
        assertEquals(firstPage(), page.items().stream().map(ConferenceDue::localChildId).toList());
        assertEquals(expectedCounts(WorkQueuesOfAWholeAuthorityTest::day), queue.countsByTeam(MANAGER, teams));
    }

    @Test
    void child_protection_reviews_due() {
        var queue = context.planReviewsDue();
        var page = queue.planReviewsDue(MANAGER, new Slice(1, PAGE));
        assertEquals(ROWS, page.total());
        assertEquals(firstPage(), page.items().stream().map(PlanReviewDue::localChildId).toList());
        // No review held yet: the first is due 3 months after the conference.
        assertEquals(expectedCounts(k -> LocalDate.of(2025, 2, 1).plusDays(k).plusMonths(3)),
                queue.countsByTeam(MANAGER, teams));
    }

    @Test
    void looked_after_reviews_due() {
        var queue = context.lookedAfterReviewsDue();
        var page = queue.reviewsDue(MANAGER, new Slice(1, PAGE));
        assertEquals(ROWS, page.total());
        assertEquals(firstPage(), page.items().stream().map(LookedAfterReviewDue::localChildId).toList());
        assertEquals(LocalDate.of(2025, 2, 2).plusMonths(6), page.items().getFirst().dueBy());
        assertEquals(expectedCounts(k -> LocalDate.of(2025, 2, 1).plusDays(k).plusMonths(6)),
                queue.countsByTeam(MANAGER, teams));
    }
}

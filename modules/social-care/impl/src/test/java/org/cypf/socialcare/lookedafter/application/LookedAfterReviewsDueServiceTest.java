package org.cypf.socialcare.lookedafter.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.SocialCareFixture.OUTSIDER;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.cypf.socialcare.SocialCareFixture.startCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.api.lookedafter.LookedAfterReviewDue;
import org.cypf.socialcare.api.lookedafter.LookedAfterReviewsDue;
import org.cypf.socialcare.api.lookedafter.PeriodOfCareView;
import org.cypf.socialcare.api.lookedafter.RecordReview;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The looked-after reviews queue on PostgreSQL: each child's next review due date worked out in the query agrees with
 * the review schedule (20 working days over Christmas, 3 months, 6 months), the queue is ordered by it, not by the
 * start of care, paged, scoped and audited; and one child's periods of care, paged and authorised as one read.
 */
class LookedAfterReviewsDueServiceTest {
    private static final LocalDate BORN = of(2012, 3, 14);
    private static SocialCareFixture f;
    private static ChildrenLookedAfter lookedAfter;
    private static LookedAfterReviewsDue queue;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("looked-after reviews due", 20_000);
        lookedAfter = f.context.childrenLookedAfter();
        queue = f.context.lookedAfterReviewsDue();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static PeriodOfCareView started(String ref, LocalDate on, LocalDate... reviews) {
        PeriodOfCareView p = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand(ref, BORN, on));
        for (LocalDate review : reviews) {
            lookedAfter.recordReview(SOCIAL_WORKER, new RecordReview(p.periodId(), review, "PN1"));
        }
        return p;
    }

    @Test
    void next_reviews_soonest_first_with_the_schedules_own_due_dates() {
        PeriodOfCareView thirdDue = started("L400", of(2024, 1, 8), of(2024, 2, 1), of(2024, 5, 1));
        PeriodOfCareView overChristmas = started("L401", of(2024, 12, 13));
        PeriodOfCareView secondDue = started("L402", of(2025, 1, 6), of(2025, 1, 30));
        PeriodOfCareView firstDue = started("L403", of(2025, 6, 16));

        var page = queue.reviewsDue(SOCIAL_WORKER, new Slice(1, 10));
        assertEquals(page.items().size(), page.total());
        for (LookedAfterReviewDue due : page.items()) {
            assertEquals(lookedAfter.reviews(SOCIAL_WORKER, due.periodId()).nextDueBy(), due.dueBy(),
                    "the query's due date is the review schedule's, for " + due.localChildId());
        }
        assertEquals(page.items().stream().map(LookedAfterReviewDue::dueBy).sorted().toList(),
                page.items().stream().map(LookedAfterReviewDue::dueBy).toList(), "soonest due first");
        // (The class's other test may add a period of its own.)
        var mine = List.of(thirdDue.periodId(), overChristmas.periodId(), secondDue.periodId(), firstDue.periodId());
        List<LookedAfterReviewDue> shown = page.items().stream().filter(d -> mine.contains(d.periodId())).toList();
        // 20 working days from Friday 13 December 2024, over Christmas, Boxing Day and New Year's Day.
        assertEquals(List.of(of(2024, 11, 1), of(2025, 1, 15), of(2025, 4, 30), of(2025, 7, 14)),
                shown.stream().map(LookedAfterReviewDue::dueBy).toList(), "not in order of the start of care");
        assertEquals(List.of(thirdDue.periodId(), overChristmas.periodId(), secondDue.periodId(), firstDue.periodId()),
                shown.stream().map(LookedAfterReviewDue::periodId).toList());
        assertEquals(List.of(3, 1, 2, 1), shown.stream().map(LookedAfterReviewDue::reviewNumber).toList());
        assertEquals(List.of(page.items().get(1).periodId()), queue.reviewsDue(SOCIAL_WORKER, new Slice(2, 1)).items()
                .stream().map(LookedAfterReviewDue::periodId).toList());
        assertEquals(1, f.count("select count(*) from governance.child_record_access where child_id = ?::uuid "
                + "and action = 'LIST' and purpose = ?", firstDue.childId(), "listing looked-after reviews due"));
        assertThrows(AccessDenied.class, () -> queue.reviewsDue(OUTSIDER, new Slice(1, 10)));
        assertThrows(IllegalArgumentException.class,
                () -> queue.reviewsDue(SOCIAL_WORKER, new Slice(1, LookedAfterReviewsDue.MAX_PAGE_SIZE + 1)));

        // Counted per team over the whole queue in the query (ADR 0096): the due dates the query works out decide
        // what is overdue today (30 June 2025); a child with no team counts under none.
        var teams = new ChildTeams(java.util.Map.of(java.util.UUID.fromString(thirdDue.childId()), "Team North",
                java.util.UUID.fromString(overChristmas.childId()), "Team North",
                java.util.UUID.fromString(secondDue.childId()), "Team South"));
        List<TeamCount> counts = queue.countsByTeam(SOCIAL_WORKER, teams);
        assertEquals(new TeamCount("Team North", 2, 2), counts.get(0));
        assertEquals(new TeamCount("Team South", 1, 1), counts.get(1));
        var others = page.items().stream().filter(d -> !List.of(thirdDue.periodId(), overChristmas.periodId(),
                secondDue.periodId()).contains(d.periodId())).toList();
        assertEquals(new TeamCount(null, others.size(), others.stream()
                .filter(d -> d.dueBy().isBefore(SocialCareFixture.TODAY)).count()), counts.get(2));
        assertEquals(3, counts.size());
        assertEquals(List.of(new TeamCount(null, page.total(), page.items().stream()
                .filter(d -> d.dueBy().isBefore(SocialCareFixture.TODAY)).count())),
                queue.countsByTeam(SOCIAL_WORKER, ChildTeams.none()), "no teams known: the whole queue under none");
        assertThrows(AccessDenied.class, () -> queue.countsByTeam(OUTSIDER, teams));
    }

    @Test
    void one_childs_periods_a_page_at_a_time_authorised_as_one_read_and_bad_input_audits_nothing() {
        PeriodOfCareView p = started("L410", of(2025, 2, 3));
        var page = lookedAfter.periodsOfChild(SOCIAL_WORKER, p.childId(), new Slice(1, 10));
        assertEquals(List.of(p.periodId()), page.items().stream().map(PeriodOfCareView::periodId).toList());
        assertEquals(1, page.total());
        assertEquals(1, f.count("select count(*) from governance.child_record_access where child_id = ?::uuid "
                + "and purpose = ?", p.childId(), "reading a child's periods of care"));

        long audited = f.auditRows();
        var bad = assertThrows(InvalidInput.class, () -> lookedAfter.periodsOfChild(SOCIAL_WORKER, "", new Slice(1, 10)));
        assertEquals("childId", bad.violations().getFirst().field());
        assertThrows(InvalidInput.class, () -> lookedAfter.periodsOfChild(SOCIAL_WORKER, p.childId(),
                new Slice(1, ChildrenLookedAfter.MAX_CHILD_PAGE_SIZE + 1)));
        assertEquals(audited, f.auditRows(), "refused input writes no audit row");
        assertThrows(AccessDenied.class, () -> lookedAfter.periodsOfChild(OUTSIDER, p.childId(), new Slice(1, 10)));
    }
}

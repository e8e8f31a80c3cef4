package org.cypf.healthwellbeing.send.application;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ListScope;
import org.cypf.healthwellbeing.HealthWellbeingContext;
import org.cypf.healthwellbeing.api.send.DecideWhetherToAssess;
import org.cypf.healthwellbeing.api.send.EhcAdviceDueView;
import org.cypf.healthwellbeing.api.send.EhcNeedsAssessments;
import org.cypf.healthwellbeing.api.send.EhcRequestView;
import org.cypf.healthwellbeing.api.send.GiveEhcAdvice;
import org.cypf.healthwellbeing.api.send.ReceiveEhcAdvice;
import org.cypf.healthwellbeing.api.send.ReceiveEhcRequest;
import org.cypf.healthwellbeing.api.send.RequestEhcAdvice;
import org.cypf.healthwellbeing.api.send.WithdrawEhcRequest;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.cypf.healthwellbeing.api.send.EhcPlanDue;
import org.cypf.healthwellbeing.api.send.EhcPlansDue;
import org.cypf.healthwellbeing.api.send.DecideNotToIssuePlan;
import org.cypf.kernel.page.Slice;

/**
 * Advice to an EHC needs assessment given by a practitioner (not only by the adviser's event), advice awaited and
 * overdue on a paged reading, and the paged reading of assessments due (20 weeks), each scoped to the children the
 * caller may see, on PostgreSQL. Today is 30 November 2026.
 */
class EhcAdviceAndDueTest {
    private static final Caller CASEWORKER = new Caller("send.clarke", "council", Set.of(), null);
    private static final Caller SOCIAL_WORKER = new Caller("sw.smith", "council", Set.of(), null);
    private static final Caller STRANGER = new Caller("someone", "elsewhere", Set.of(), null);
    private static final Caller INVOLVED = new Caller("sw.jones", "council", Set.of(), null);

    private static ContextDatabase health;
    private static EhcNeedsAssessments ehc;
    private static EhcPlansDue due;
    private static EhcPlansDue scoped;
    private static ChildId scopedChild;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("ehc advice and due");
        health = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "health_wellbeing", 2);
        var clock = Clock.fixed(of(2026, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        var access = RecordingChildRecordAccess.forPartners(Set.of("council"));
        var context = new HealthWellbeingContext(health, access, clock);
        ehc = context.ehcNeedsAssessments();
        due = context.ehcPlansDue();
        scopedChild = ChildId.newId();
        scoped = new HealthWellbeingContext(health, access.listingOnly(c -> c.equals(INVOLVED)
                ? ListScope.only(List.of(scopedChild)) : ListScope.everyChild()), clock).ehcPlansDue();
    }

    @AfterAll
    static void tearDown() {
        health.close();
    }

    @Test
    void a_practitioner_gives_advice_once_and_the_advisers_later_answer_changes_nothing() {
        var r = asking(ChildId.newId(), of(2026, 9, 7));
        r = ehc.giveAdvice(SOCIAL_WORKER, new GiveEhcAdvice(r.requestId(), "social-care", of(2026, 10, 5),
                "Known to children's services; short breaks twice a month.", r.version()));
        var given = r.advice().stream().filter(a -> a.adviser().equals("social-care")).findFirst().orElseThrow();
        assertEquals(of(2026, 10, 5), given.receivedOn());
        assertEquals("sw.smith", given.answeredBy());
        assertTrue(given.onTime());

        var after = ehc.adviceReceived(CASEWORKER, new ReceiveEhcAdvice(r.requestId(), "social-care", of(2026, 11, 1)));
        assertEquals(r.version(), after.version());
        var id = r.requestId();
        long v = r.version();
        assertThrows(Conflict.class, () -> ehc.giveAdvice(CASEWORKER, new GiveEhcAdvice(id, "social-care",
                of(2026, 10, 6), "again", v)));
    }

    @Test
    void advice_without_a_summary_or_for_an_unknown_adviser_is_refused_by_field() {
        var r = asking(ChildId.newId(), of(2026, 9, 7));
        var refused = assertThrows(InvalidInput.class, () -> ehc.giveAdvice(SOCIAL_WORKER,
                new GiveEhcAdvice(r.requestId(), "police", of(2026, 12, 25), " ", r.version())));
        assertEquals(List.of("adviser", "givenOn", "summary"),
                refused.violations().stream().map(x -> x.field()).toList());
    }

    @Test
    void a_caller_who_may_not_see_a_request_is_refused_alike_whether_it_exists_or_not() {
        assertThrows(AccessDenied.class, () -> ehc.giveAdvice(STRANGER, new GiveEhcAdvice(UUID.randomUUID(),
                "social-care", of(2026, 10, 5), "advice", 1)));
        var r = asking(ChildId.newId(), of(2026, 9, 7));
        assertThrows(AccessDenied.class, () -> ehc.giveAdvice(STRANGER, new GiveEhcAdvice(r.requestId(),
                "social-care", of(2026, 10, 5), "advice", r.version())));
    }

    @Test
    void advice_awaited_is_read_a_page_at_a_time_earliest_due_first_with_what_is_overdue() {
        ChildId child = ChildId.newId();
        var late = asking(child, of(2026, 8, 3));              // asked 10 and 11 August: due 21 and 22 September
        var recent = asking(ChildId.newId(), of(2026, 11, 2)); // asked 9 and 10 November: due 21 and 22 December
        var page = ehc.adviceDue(CASEWORKER, null, false, 1, 1000);
        List<EhcAdviceDueView> mine = page.advice().stream()
                .filter(a -> a.requestId().equals(late.requestId()) || a.requestId().equals(recent.requestId()))
                .toList();
        assertEquals(List.of(of(2026, 9, 21), of(2026, 9, 22), of(2026, 12, 21), of(2026, 12, 22)),
                mine.stream().map(EhcAdviceDueView::dueBy).toList());
        assertEquals(List.of(true, true, false, false), mine.stream().map(EhcAdviceDueView::overdue).toList());
        assertEquals(70, mine.getFirst().daysOverdue(), "21 September to 30 November");

        var overdueSocialCare = ehc.adviceDue(CASEWORKER, "social-care", true, 1, 1000);
        assertTrue(overdueSocialCare.advice().stream().allMatch(a -> a.overdue() && a.adviser().equals("social-care")));
        assertTrue(overdueSocialCare.advice().stream().anyMatch(a -> a.requestId().equals(late.requestId())));

        var first = ehc.adviceDue(CASEWORKER, null, false, 1, 1);
        assertEquals(1, first.advice().size());
        assertEquals(page.total(), first.total());
        assertThrows(InvalidInput.class, () -> ehc.adviceDue(CASEWORKER, "police", false, 1, 10));
        assertThrows(InvalidInput.class, () -> ehc.adviceDue(CASEWORKER, null, false, 1, 1001));
    }

    @Test
    void assessments_due_are_the_open_requests_earliest_twenty_week_date_first_and_only_those_the_caller_may_see() {
        var older = received(ChildId.newId(), of(2026, 6, 1));
        var withdrawn = received(ChildId.newId(), of(2026, 5, 4));
        ehc.withdraw(CASEWORKER, new WithdrawEhcRequest(withdrawn.requestId(), of(2026, 5, 11), withdrawn.version()));
        var notToIssue = asking(ChildId.newId(), of(2026, 5, 5));
        notToIssue = ehc.decideNotToIssue(CASEWORKER, new DecideNotToIssuePlan(notToIssue.requestId(),
                of(2026, 8, 3), notToIssue.version()));
        var mine = received(scopedChild, of(2026, 7, 6));

        var all = due.plansDue(CASEWORKER, new Slice(1, 1000));
        List<UUID> ids = all.items().stream().map(EhcPlanDue::requestId).toList();
        assertTrue(ids.indexOf(older.requestId()) < ids.indexOf(mine.requestId()));
        assertFalse(ids.contains(withdrawn.requestId()), "a withdrawn request is not due");
        assertFalse(ids.contains(notToIssue.requestId()), "a decision not to issue ends the clock");
        List<LocalDate> dates = all.items().stream().map(EhcPlanDue::planDueBy).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "ordered in the query");
        assertEquals(all.items().size(), all.total());
        EhcPlanDue first = all.items().get(ids.indexOf(older.requestId()));
        assertEquals(of(2026, 6, 1).plusWeeks(6), first.decisionDueBy());
        assertEquals(of(2026, 6, 1).plusWeeks(20), first.planDueBy());
        assertEquals(older.version(), first.version());

        // the second page of one holds the second request
        assertEquals(ids.get(1), due.plansDue(CASEWORKER, new Slice(2, 1)).items().getFirst().requestId());

        var involved = scoped.plansDue(INVOLVED, new Slice(1, 10));
        assertEquals(List.of(mine.requestId()), involved.items().stream().map(EhcPlanDue::requestId).toList());
        assertEquals(1, involved.total());
        assertThrows(AccessDenied.class, () -> due.plansDue(STRANGER, new Slice(1, 10)));
        assertThrows(InvalidInput.class, () -> due.plansDue(CASEWORKER, new Slice(1, 1001)));
    }

    private static EhcRequestView received(ChildId child, LocalDate on) {
        return ehc.receive(CASEWORKER, new ReceiveEhcRequest(child.toString(), null, on));
    }

    private static EhcRequestView asking(ChildId child, LocalDate on) {
        var r = received(child, on);
        r = ehc.decide(CASEWORKER, new DecideWhetherToAssess(r.requestId(), on.plusWeeks(1), "ASSESS", r.version()));
        r = ehc.requestAdvice(CASEWORKER, new RequestEhcAdvice(r.requestId(), "social-care", on.plusWeeks(1),
                r.version()));
        return ehc.requestAdvice(CASEWORKER, new RequestEhcAdvice(r.requestId(), "education-skills",
                on.plusWeeks(1).plusDays(1), r.version()));
    }
}

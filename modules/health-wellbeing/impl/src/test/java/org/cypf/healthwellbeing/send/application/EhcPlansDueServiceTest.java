package org.cypf.healthwellbeing.send.application;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ListScope;
import org.cypf.healthwellbeing.HealthWellbeingContext;
import org.cypf.healthwellbeing.api.send.DecideWhetherToAssess;
import org.cypf.healthwellbeing.api.send.EhcNeedsAssessments;
import org.cypf.healthwellbeing.api.send.EhcPlanDue;
import org.cypf.healthwellbeing.api.send.EhcPlansDue;
import org.cypf.healthwellbeing.api.send.EhcRequestView;
import org.cypf.healthwellbeing.api.send.IssueEhcPlan;
import org.cypf.healthwellbeing.api.send.ReceiveEhcRequest;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EHC plans queue on PostgreSQL (20 weeks): requests without a final plan, not refused, soonest due first, paged
 * in the query, of the children the caller may list, each listed child audited.
 */
class EhcPlansDueServiceTest {
    private static final Caller CASEWORKER = new Caller("send.caseworker", "council", Set.of(), null);
    private static final Caller NARROW = new Caller("send.narrow", "council", Set.of(), null);
    private static final Caller STRANGER = new Caller("x.stranger", "rogue-agency", Set.of(), null);
    private static final ChildId SEEN_BY_NARROW = ChildId.newId();

    private static AdminSql admin;
    private static ContextDatabase health;
    private static EhcNeedsAssessments ehc;
    private static EhcPlansDue queue;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("ehc plans due");
        admin = new AdminSql(target);
        health = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "health_wellbeing", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target)
                .listingOnly(c -> c.userId().equals(NARROW.userId()) ? ListScope.only(List.of(SEEN_BY_NARROW))
                        : ListScope.everyChild());
        var context = new HealthWellbeingContext(health, access,
                Clock.fixed(of(2025, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        ehc = context.ehcNeedsAssessments();
        queue = context.ehcPlansDue();
    }

    @AfterAll
    static void tearDown() {
        health.close();
    }

    private static EhcRequestView received(ChildId child, java.time.LocalDate on) {
        return ehc.receive(CASEWORKER, new ReceiveEhcRequest(child.toString(), null, on));
    }

    @Test
    void requests_awaiting_their_plan_soonest_due_first_leaving_out_plans_issued_and_refusals() {
        EhcRequestView later = received(SEEN_BY_NARROW, of(2025, 3, 3));
        EhcRequestView sooner = received(ChildId.newId(), of(2025, 2, 3));
        sooner = ehc.decide(CASEWORKER, new DecideWhetherToAssess(sooner.requestId(), of(2025, 3, 10), "ASSESS",
                sooner.version()));
        EhcRequestView refused = received(ChildId.newId(), of(2025, 1, 6));
        ehc.decide(CASEWORKER, new DecideWhetherToAssess(refused.requestId(), of(2025, 2, 10), "NOT_TO_ASSESS",
                refused.version()));
        EhcRequestView issued = received(ChildId.newId(), of(2025, 1, 7));
        issued = ehc.decide(CASEWORKER, new DecideWhetherToAssess(issued.requestId(), of(2025, 2, 10), "ASSESS",
                issued.version()));
        ehc.issuePlan(CASEWORKER, new IssueEhcPlan(issued.requestId(), of(2025, 4, 28), of(2025, 5, 19),
                List.of("SLCN"), "123456", null, issued.version()));

        var page = queue.plansDue(CASEWORKER, new Slice(1, 10));
        assertEquals(List.of(sooner.requestId(), later.requestId()), page.items().stream().map(EhcPlanDue::requestId).toList());
        assertEquals(sooner.planDueBy(), page.items().getFirst().planDueBy());
        assertEquals(of(2025, 2, 3).plusWeeks(20), page.items().getFirst().planDueBy(), "20 weeks from the request");
        assertEquals("ASSESS", page.items().getFirst().decision());
        assertEquals(2, queue.plansDue(CASEWORKER, new Slice(2, 1)).total());
        assertEquals(List.of(later.requestId()), queue.plansDue(CASEWORKER, new Slice(2, 1)).items().stream()
                .map(EhcPlanDue::requestId).toList());
        assertEquals(List.of(later.requestId()), queue.plansDue(NARROW, new Slice(1, 10)).items().stream()
                .map(EhcPlanDue::requestId).toList(), "only the children the caller may list");
        assertEquals(1, admin.count("""
                select count(*) from governance.child_record_access
                 where child_id = ? and action = 'LIST' and record_type = 'ehc-needs-assessment'""",
                ChildId.parse(sooner.childId()).value()));
        assertThrows(AccessDenied.class, () -> queue.plansDue(STRANGER, new Slice(1, 10)));
    }
}

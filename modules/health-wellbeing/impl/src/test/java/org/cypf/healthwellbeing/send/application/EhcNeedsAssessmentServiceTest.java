package org.cypf.healthwellbeing.send.application;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cypf.governance.api.access.Caller;
import org.cypf.testing.AdminSql;
import org.cypf.healthwellbeing.HealthWellbeingContext;
import org.cypf.healthwellbeing.api.send.DecideWhetherToAssess;
import org.cypf.healthwellbeing.api.send.EhcNeedsAssessments;
import org.cypf.healthwellbeing.api.send.EhcRequestView;
import org.cypf.healthwellbeing.api.send.IssueEhcPlan;
import org.cypf.healthwellbeing.api.send.ReceiveEhcRequest;
import org.cypf.healthwellbeing.api.send.RequestEhcAdvice;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request for an EHC needs assessment walked to a final plan within 20 weeks on PostgreSQL: the advice requests
 * to social care and education reach the outbox with the change, every step audited.
 */
class EhcNeedsAssessmentServiceTest {
    private static final Caller CASEWORKER = new Caller("send.caseworker", "council", Set.of(), null);

    private static AdminSql admin;
    private static ContextDatabase health;
    private static EhcNeedsAssessments ehc;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("ehc needs assessments");
        admin = new AdminSql(target);
        health = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "health_wellbeing", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target);
        ehc = new HealthWellbeingContext(health, access,
                Clock.fixed(of(2026, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                .ehcNeedsAssessments();
    }

    @AfterAll
    static void tearDown() {
        health.close();
    }

    @Test
    void a_request_walks_through_advice_from_social_care_and_education_to_a_final_plan_within_twenty_weeks() {
        ChildId child = ChildId.newId();
        EhcRequestView r = ehc.receive(CASEWORKER, new ReceiveEhcRequest(child.toString(), "943 476 5919", of(2025, 1, 6)));
        assertEquals("9434765919", r.nhsNumber());
        assertEquals(of(2025, 2, 17), r.decisionDueBy());
        r = ehc.decide(CASEWORKER, new DecideWhetherToAssess(r.requestId(), of(2025, 2, 10), "ASSESS", r.version()));
        r = ehc.requestAdvice(CASEWORKER, new RequestEhcAdvice(r.requestId(), "social-care", of(2025, 2, 11), r.version()));
        r = ehc.requestAdvice(CASEWORKER, new RequestEhcAdvice(r.requestId(), "education-skills", of(2025, 2, 12),
                r.version()));
        r = ehc.issuePlan(CASEWORKER, new IssueEhcPlan(r.requestId(), of(2025, 4, 28), of(2025, 5, 19),
                List.of("SLCN", "ASD"), "123456", null, r.version()));

        assertEquals(4, r.version());
        assertTrue(r.planWithinTwentyWeeks());
        var stored = ehc.request(CASEWORKER, r.requestId());
        assertEquals(List.of("SLCN", "ASD"), stored.needTypes());
        assertEquals(List.of(of(2025, 3, 25), of(2025, 3, 26)),
                stored.advice().stream().map(EhcRequestView.Advice::dueBy).toList());

        assertEquals(List.of(
                Map.of("event_name", "health-wellbeing.ehc-advice-requested", "adviser", "social-care",
                        "due", "2025-03-25"),
                Map.of("event_name", "health-wellbeing.ehc-advice-requested", "adviser", "education-skills",
                        "due", "2025-03-26")),
                admin.rows("""
                        select event_name, payload->>'adviser' as adviser, payload->>'dueBy' as due from platform.outbox
                         where aggregate_id = ? order by position""", child.toString()));
        assertEquals(6, admin.count("""
                select count(*) from governance.child_record_access
                 where child_id = ? and context = 'health-wellbeing' and decision = 'PERMITTED'""", child.value()));
    }

    @Test
    void a_bad_nhs_number_is_refused_and_nothing_is_stored() {
        long before = admin.count("select count(*) from health_wellbeing.ehc_request");
        var refused = assertThrows(InvalidInput.class, () -> ehc.receive(CASEWORKER,
                new ReceiveEhcRequest(ChildId.newId().toString(), "9434765918", of(2025, 1, 6))));
        assertEquals("nhsNumber", refused.violations().getFirst().field());
        assertEquals(before, admin.count("select count(*) from health_wellbeing.ehc_request"));
    }

    @Test
    void a_change_from_a_stale_version_is_refused_and_publishes_nothing() {
        ChildId child = ChildId.newId();
        EhcRequestView r = ehc.receive(CASEWORKER, new ReceiveEhcRequest(child.toString(), null, of(2025, 1, 6)));
        r = ehc.decide(CASEWORKER, new DecideWhetherToAssess(r.requestId(), of(2025, 2, 10), "ASSESS", r.version()));
        var id = r.requestId();
        assertThrows(StaleVersion.class, () -> ehc.requestAdvice(CASEWORKER,
                new RequestEhcAdvice(id, "social-care", of(2025, 2, 11), 0)));
        assertEquals(0, admin.count("select count(*) from platform.outbox where aggregate_id = ?", child.toString()));
    }
}

package org.cypf.healthwellbeing.shared.application;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.healthwellbeing.HealthWellbeingContext;
import org.cypf.healthwellbeing.api.childrenincare.CareHealthView;
import org.cypf.healthwellbeing.api.childrenincare.RecordHealthCheck;
import org.cypf.healthwellbeing.api.childrenincare.RegisterEntryToCare;
import org.cypf.healthwellbeing.api.send.DecideWhetherToAssess;
import org.cypf.healthwellbeing.api.send.EhcRequestView;
import org.cypf.healthwellbeing.api.send.IssueEhcPlan;
import org.cypf.healthwellbeing.api.send.ReceiveEhcRequest;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.NotFound;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Health's measures on PostgreSQL, on records whose answers were worked out by hand. */
class HealthMeasuresTest {
    private static final Caller NURSE = new Caller("nurse", "nhs", Set.of(), null);
    private static final Caller SYSTEM = Caller.system("health-wellbeing.children-in-care");
    private static ContextDatabase health;
    private static HealthWellbeingContext context;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("health measures");
        health = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "health_wellbeing", 2);
        context = new HealthWellbeingContext(health, RecordingChildRecordAccess.forPartners(Set.of("nhs")),
                Clock.fixed(of(2026, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        // IHAs due in the 12 months to 31 March 2025 (1 April 2024 to 31 March 2025):
        iha(of(2024, 5, 1), of(2024, 5, 20));   // due 31 May 2024 (holidays on 6 and 27 May skipped): on time
        iha(of(2024, 9, 2), of(2024, 9, 30));   // due 30 September 2024, done that day: on time
        iha(of(2025, 1, 6), of(2025, 2, 4));    // due 3 February 2025, done the day after: late
        iha(of(2025, 2, 3), null);              // due 3 March 2025, not done: late
        // Outside that year: due 5 February 2024; and due 2 May 2025 (Easter skipped).
        iha(of(2024, 1, 8), of(2024, 1, 9));
        iha(of(2025, 4, 2), of(2025, 4, 3));

        // Final plans issued in the 12 months to 31 March 2025:
        plan(of(2024, 3, 4), of(2024, 7, 22), null);                  // due 22 July 2024: within 20 weeks
        plan(of(2024, 6, 3), of(2024, 10, 22), null);                  // due 21 October: late, no exception
        plan(of(2024, 6, 3), of(2024, 11, 4), "the child was abroad"); // late under an exception: excluded
        plan(of(2024, 10, 1), of(2025, 1, 10), null);                  // within
        plan(of(2023, 9, 4), of(2024, 1, 15), null);                   // issued before the year: not counted
    }

    @AfterAll
    static void tearDown() {
        health.close();
    }

    private static void iha(LocalDate entered, LocalDate done) {
        CareHealthView r = context.childrenInCareHealth().registerEntryToCare(SYSTEM, new RegisterEntryToCare(
                ChildId.newId().toString(), UUID.randomUUID(), of(2015, 6, 1), entered));
        if (done != null) {
            context.childrenInCareHealth().recordCheck(NURSE,
                    new RecordHealthCheck(r.recordId(), "HEALTH_ASSESSMENT", done, null, null, 0));
        }
    }

    private static void plan(LocalDate received, LocalDate issued, String exception) {
        var ehc = context.ehcNeedsAssessments();
        Caller council = new Caller("send", "nhs", Set.of(), null);
        EhcRequestView r = ehc.receive(council, new ReceiveEhcRequest(ChildId.newId().toString(), null, received));
        r = ehc.decide(council, new DecideWhetherToAssess(r.requestId(), received.plusWeeks(6), "ASSESS", 0));
        ehc.issuePlan(council, new IssueEhcPlan(r.requestId(), received.plusWeeks(12), issued, List.of("SEMH"),
                "123456", exception, 1));
    }

    private static MeasureValue measure(String key, LocalDate asAt) {
        MeasureSource source = context.measureSources().stream().filter(s -> s.measureKeys().contains(key))
                .findFirst().orElseThrow();
        return source.compute(key, asAt);
    }

    @Test
    void initial_health_assessments_on_time_count_the_undone_as_late() {
        MeasureValue v = measure("health-wellbeing.initial-health-assessments-on-time", of(2025, 3, 31));
        assertEquals(2L, v.numerator());
        assertEquals(4L, v.denominator());
        assertEquals(new BigDecimal("50.0"), v.value());
        assertEquals("health-wellbeing", v.provenance().context());
    }

    @Test
    void ehc_plans_within_twenty_weeks_exclude_late_plans_with_an_exception() {
        MeasureValue v = measure("health-wellbeing.ehc-plans-within-20-weeks", of(2025, 3, 31));
        assertEquals(2L, v.numerator());
        assertEquals(3L, v.denominator());
        assertEquals(new BigDecimal("66.7"), v.value());
    }

    @Test
    void an_unknown_key_is_not_found() {
        assertThrows(NotFound.class, () -> context.measureSources().getFirst().compute("health-wellbeing.nope",
                of(2025, 3, 31)));
    }
}

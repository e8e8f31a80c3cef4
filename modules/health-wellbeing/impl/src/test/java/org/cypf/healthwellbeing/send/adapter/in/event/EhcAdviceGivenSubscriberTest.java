package org.cypf.healthwellbeing.send.adapter.in.event;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.cypf.governance.api.access.Caller;
import org.cypf.healthwellbeing.HealthWellbeingContext;
import org.cypf.healthwellbeing.api.send.CeaseEhcPlan;
import org.cypf.healthwellbeing.api.send.DecideWhetherToAssess;
import org.cypf.healthwellbeing.api.send.EhcRequestView;
import org.cypf.healthwellbeing.api.send.IssueEhcPlan;
import org.cypf.healthwellbeing.api.send.ReceiveEhcRequest;
import org.cypf.healthwellbeing.api.send.RequestEhcAdvice;
import org.cypf.healthwellbeing.api.send.Sen2File;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.events.EventDispatcher;
import org.cypf.platform.events.OutboxPublisher;
import org.cypf.platform.events.RetryPolicy;
import org.cypf.socialcare.api.event.EhcAdviceGiven;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The advisers' answers, from social care's and education's outboxes through the platform's dispatcher, recorded
 * once against the request on PostgreSQL; and the SEN2 return of a seeded year in the DfE's layout.
 */
class EhcAdviceGivenSubscriberTest {
    private static final Caller CASEWORKER = new Caller("hv.khan", "nhs", Set.of(), null);

    private AdminSql admin;
    private ContextDatabase socialCare;
    private ContextDatabase education;
    private ContextDatabase health;
    private ContextDatabase platform;
    private HealthWellbeingContext context;
    private EventDispatcher dispatcher;

    @BeforeEach
    void setUp() {
        var target = TestDatabase.fresh("ehc advice answers");
        admin = new AdminSql(target);
        var settings = new DatabaseSettings(target.jdbcUrl(), target.user(), target.password());
        socialCare = ContextDatabase.open(settings, "social_care", 2);
        education = ContextDatabase.open(settings, "education_skills", 2);
        health = ContextDatabase.open(settings, "health_wellbeing", 2);
        platform = ContextDatabase.open(settings, "platform", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("nhs")).withAuditAsAdministrator(target);
        context = new HealthWellbeingContext(health, access,
                Clock.fixed(of(2026, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        dispatcher = new EventDispatcher(platform, context.subscriptions(),
                new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }

    @AfterEach
    void tearDown() {
        dispatcher.close();
        socialCare.close();
        education.close();
        health.close();
        platform.close();
    }

    private void dispatchUntilIdle() {
        for (int poll = 0; poll < 20; poll++) {
            if (dispatcher.dispatchOnce() == 0) {
                return;
            }
        }
        throw new AssertionError("the dispatcher never went idle");
    }

    private EhcRequestView assessing(ChildId child, java.time.LocalDate received) {
        var ehc = context.ehcNeedsAssessments();
        EhcRequestView r = ehc.receive(CASEWORKER, new ReceiveEhcRequest(child.toString(), null, received));
        r = ehc.decide(CASEWORKER, new DecideWhetherToAssess(r.requestId(), received.plusWeeks(5), "ASSESS", r.version()));
        r = ehc.requestAdvice(CASEWORKER, new RequestEhcAdvice(r.requestId(), "social-care", received.plusWeeks(5),
                r.version()));
        return ehc.requestAdvice(CASEWORKER, new RequestEhcAdvice(r.requestId(), "education-skills",
                received.plusWeeks(5), r.version()));
    }

    @Test
    void each_advisers_answer_is_recorded_once_and_the_plan_follows_within_twenty_weeks() {
        ChildId child = ChildId.newId();
        EhcRequestView r = assessing(child, of(2025, 1, 6));
        var id = r.requestId();
        socialCare.run(() -> new OutboxPublisher("social-care").publish(
                new EhcAdviceGiven(child.toString(), id, of(2025, 3, 3))));
        education.run(() -> new OutboxPublisher("education-skills").publish(
                new org.cypf.educationskills.api.event.EhcAdviceGiven(child.toString(), id, of(2025, 3, 20))));
        // social care answers a second time (a retry on its side): the first answer stands
        socialCare.run(() -> new OutboxPublisher("social-care").publish(
                new EhcAdviceGiven(child.toString(), id, of(2025, 3, 10))));

        dispatchUntilIdle();

        var ehc = context.ehcNeedsAssessments();
        EhcRequestView answered = ehc.request(CASEWORKER, id);
        assertEquals(java.util.Map.of("social-care", of(2025, 3, 3), "education-skills", of(2025, 3, 20)),
                answered.advice().stream().collect(java.util.stream.Collectors.toMap(EhcRequestView.Advice::adviser,
                        EhcRequestView.Advice::receivedOn)));
        assertEquals(List.of(true, true), answered.advice().stream().map(EhcRequestView.Advice::onTime).toList(),
                "asked 10 February, due 24 March");
        assertEquals(r.version() + 2, answered.version(), "two answers recorded, the repeat changed nothing");

        EhcRequestView plan = ehc.issuePlan(CASEWORKER, new IssueEhcPlan(id, of(2025, 4, 28), of(2025, 5, 19),
                List.of("SLCN", "ASD"), "123456", null, answered.version()));
        assertTrue(plan.planWithinTwentyWeeks(), "due 26 May 2025");
        assertEquals(3, admin.count("""
                select count(*) from platform.inbox where subscriber_id = 'health-wellbeing.send.ehc-advice-given'"""));
    }

    @Test
    void the_sen2_return_of_a_seeded_year_holds_the_years_requests_in_the_dfe_layout() {
        var ehc = context.ehcNeedsAssessments();
        ChildId planned = ChildId.newId();
        EhcRequestView p = assessing(planned, of(2025, 1, 6));
        p = ehc.issuePlan(CASEWORKER, new IssueEhcPlan(p.requestId(), of(2025, 4, 28), of(2025, 5, 19),
                List.of("SLCN", "ASD"), "123456", null, p.version()));
        ChildId ceasedLastYear = ChildId.newId();
        EhcRequestView c = assessing(ceasedLastYear, of(2023, 1, 9));
        c = ehc.issuePlan(CASEWORKER, new IssueEhcPlan(c.requestId(), of(2023, 4, 3), of(2023, 5, 1),
                List.of("MLD"), "10012345", null, c.version()));
        ehc.ceasePlan(CASEWORKER, new CeaseEhcPlan(c.requestId(), of(2024, 7, 31), 5, c.version()));
        ChildId ongoing = ChildId.newId();
        ehc.receive(CASEWORKER, new ReceiveEhcRequest(ongoing.toString(), null, of(2025, 12, 1)));
        ChildId afterCensus = ChildId.newId();
        ehc.receive(CASEWORKER, new ReceiveEhcRequest(afterCensus.toString(), null, of(2026, 2, 1)));

        Sen2File file = context.sen2Export().sen2(CASEWORKER, 2026);

        assertEquals(of(2026, 1, 15), file.referenceDate(), "the third Thursday of January 2026");
        assertEquals(of(2025, 1, 1), file.from());
        assertEquals(2, file.requests(), "the plan and the ongoing request; not the plan ceased in 2024 "
                + "nor the request after the census date: " + file.xml());
        String xml = file.xml();
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Message><Header><CollectionDetails>"
                + "<Collection>SEN2</Collection><Year>2026</Year><ReferenceDate>2026-01-15</ReferenceDate>"), xml);
        assertTrue(xml.contains("<Person><Requests><ReceivedDate>2025-01-06</ReceivedDate><RequestOutcomeDate>"
                + "2025-02-10</RequestOutcomeDate><RequestOutcome>Y</RequestOutcome><Assessment><AssessmentOutcome>Y"
                + "</AssessmentOutcome><AssessmentOutcomeDate>2025-05-19</AssessmentOutcomeDate><Week20>0</Week20>"
                + "<NamedPlan><StartDate>2025-05-19</StartDate><PlanDetail><URN>123456</URN><PlacementRank>1"
                + "</PlacementRank></PlanDetail></NamedPlan></Assessment><ActivePlans><PlacementDetail>"
                + "<URN>123456</URN><PlacementRank>1</PlacementRank><EntryDate>2025-05-19</EntryDate>"
                + "</PlacementDetail><SENneed><SENtype>SLCN</SENtype><SENtypeRank>1</SENtypeRank></SENneed><SENneed>"
                + "<SENtype>ASD</SENtype><SENtypeRank>2</SENtypeRank></SENneed></ActivePlans></Requests></Person>"),
                xml);
        assertTrue(xml.contains("<Person><Requests><ReceivedDate>2025-12-01</ReceivedDate><RequestOutcome>A"
                + "</RequestOutcome></Requests></Person>"), xml);
        assertTrue(file.notes().stream().anyMatch(n -> n.contains("RecordSen2Details")));
        assertEquals(2, admin.count("""
                select count(*) from governance.child_record_access
                 where purpose = 'the SEN2 return' and action = 'LIST' and decision = 'PERMITTED'"""));
    }
}

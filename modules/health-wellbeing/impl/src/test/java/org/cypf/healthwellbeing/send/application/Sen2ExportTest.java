package org.cypf.healthwellbeing.send.application;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.cypf.governance.api.access.Caller;
import org.cypf.healthwellbeing.HealthWellbeingContext;
import org.cypf.healthwellbeing.api.send.CeaseEhcPlan;
import org.cypf.healthwellbeing.api.send.DecideNotToIssuePlan;
import org.cypf.healthwellbeing.api.send.DecideWhetherToAssess;
import org.cypf.healthwellbeing.api.send.EhcNeedsAssessments;
import org.cypf.healthwellbeing.api.send.EhcRequestView;
import org.cypf.healthwellbeing.api.send.IssueEhcPlan;
import org.cypf.healthwellbeing.api.send.ReceiveEhcRequest;
import org.cypf.healthwellbeing.api.send.RecordSen2Details;
import org.cypf.healthwellbeing.api.send.ReviewEhcPlan;
import org.cypf.healthwellbeing.api.send.Sen2Export;
import org.cypf.healthwellbeing.api.send.Sen2File;
import org.cypf.healthwellbeing.api.send.Sen2Issue;
import org.cypf.healthwellbeing.api.send.WithdrawEhcRequest;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The SEN2 return of a seeded collection year (2026: census 15 January 2026, activity over 2025) on PostgreSQL,
 * with every kind of journey: a request awaiting its decision, one decided not to assess, one withdrawn before the
 * decision, plans issued within 20 weeks, late with and without an exception, an assessment ending in a decision not
 * to issue and one withdrawn, a historical plan that ceased in the year beside the same child's new request, one
 * finished before the year (left out), and a person whose details are missing (the validation's errors). Checked
 * item by item in the DfE's layout, read back with XPath.
 */
class Sen2ExportTest {
    private static final Caller CASEWORKER = new Caller("send.caseworker", "council", Set.of(), null);
    private static ContextDatabase health;
    private static EhcNeedsAssessments ehc;
    private static Sen2Export export;
    private static final List<ChildId> CHILDREN = new ArrayList<>();
    private static Sen2File file;
    private static Document xml;

    @BeforeAll
    static void seedTheYear() throws Exception {
        var target = TestDatabase.fresh("sen2 export");
        health = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "health_wellbeing", 2);
        var context = new HealthWellbeingContext(health, RecordingChildRecordAccess.forPartners(Set.of("council")),
                Clock.fixed(of(2026, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        ehc = context.ehcNeedsAssessments();
        export = context.sen2Export();

        // 0: awaiting the decision whether to assess (received 1 December 2025, due 12 January 2026)
        var r = request(of(2025, 12, 1), 1);
        // 1: decided not to assess in the year
        r = request(of(2025, 2, 3), 2);
        decide(r, of(2025, 3, 10), "NOT_TO_ASSESS");
        // 2: withdrawn before the decision
        r = request(of(2025, 4, 7), 1);
        ehc.withdraw(CASEWORKER, new WithdrawEhcRequest(r.requestId(), of(2025, 4, 28), r.version()));
        // 3: plan within 20 weeks, active at the census, reviewed
        r = decide(request(of(2025, 1, 6), 2), of(2025, 2, 10), "ASSESS");
        r = plan(r, of(2025, 5, 19), null, List.of("SLCN", "ASD"), "123456");
        // 4: plan late, with an exception
        r = decide(request(of(2025, 2, 3), 3), of(2025, 3, 10), "ASSESS");
        plan(r, of(2025, 7, 14), "the family asked for a delay (regulation 13(3))", List.of("SEMH"), "10012345");
        // 5: plan late, no exception
        r = decide(request(of(2025, 3, 3), 1), of(2025, 4, 7), "ASSESS");
        plan(r, of(2025, 8, 11), null, List.of("DS", "HI"), "654321");
        // 6: assessed, decided not to issue a plan
        r = decide(request(of(2025, 5, 5), 4), of(2025, 6, 9), "ASSESS");
        ehc.decideNotToIssue(CASEWORKER, new DecideNotToIssuePlan(r.requestId(), of(2025, 8, 4), r.version()));
        // 7: assessed, withdrawn before the decision to issue
        r = decide(request(of(2025, 6, 2), 5), of(2025, 7, 7), "ASSESS");
        ehc.withdraw(CASEWORKER, new WithdrawEhcRequest(r.requestId(), of(2025, 9, 1), r.version()));
        // 8: historical plan (2023) that ceased in the year for employment ...
        r = decide(request(of(2023, 1, 9), 1), of(2023, 2, 13), "ASSESS");
        r = plan(r, of(2023, 5, 22), null, List.of("MLD"), "111222");
        r = ehc.reviewPlan(CASEWORKER, new ReviewEhcPlan(r.requestId(), of(2024, 5, 20), r.version()));
        ehc.ceasePlan(CASEWORKER, new CeaseEhcPlan(r.requestId(), of(2025, 6, 30), 4, r.version()));
        // ... and the same child's new request in the year, awaiting its decision: one person, two requests
        var again = ehc.receive(CASEWORKER, new ReceiveEhcRequest(CHILDREN.get(8).toString(), null, of(2025, 12, 8)));
        details(again, 2);
        // 9: decided not to assess before the year: not in the return
        decide(request(of(2024, 1, 8), 1), of(2024, 2, 12), "NOT_TO_ASSESS");
        // 10: a person with nothing recorded for SEN2, awaiting the decision
        CHILDREN.add(ChildId.newId());
        ehc.receive(CASEWORKER, new ReceiveEhcRequest(CHILDREN.getLast().toString(), null, of(2025, 11, 3)));

        file = export.sen2(CASEWORKER, 2026);
        xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(file.xml().getBytes(StandardCharsets.UTF_8)));
    }

    @AfterAll
    static void tearDown() {
        health.close();
    }

    @Test
    void the_header_names_the_collection_its_year_and_census_date() throws Exception {
        assertEquals("SEN2", text("/Message/Header/CollectionDetails/Collection"));
        assertEquals("2026", text("/Message/Header/CollectionDetails/Year"));
        assertEquals("2026-01-15", text("/Message/Header/CollectionDetails/ReferenceDate"));
        assertEquals(of(2026, 1, 15), file.referenceDate());
    }

    @Test
    void each_child_is_one_person_holding_every_request_of_the_year_and_a_request_finished_before_it_is_left_out()
            throws Exception {
        assertEquals(10, file.persons(), "children 0-8 and 10");
        assertEquals(11, file.requests(), "child 8's two, one each for the others");
        assertEquals(10, count("/Message/Persons/Person"));
        assertEquals(2, count(person(8) + "/Requests"));
        assertEquals(0, count("/Message/Persons/Person[UPN='" + upn(9) + "']"));
    }

    @Test
    void person_details_are_written_in_the_modules_order() throws Exception {
        assertEquals("Surname3", text(person(3) + "/Surname"));
        assertEquals("Forename3", text(person(3) + "/Forename"));
        assertEquals("2015-03-04", text(person(3) + "/PersonBirthDate"));
        assertEquals("F", text(person(3) + "/Sex"));
        assertEquals("WBRI", text(person(3) + "/Ethnicity"));
        assertEquals("LS1 4AP", text(person(3) + "/PostCode"));
        assertEquals(List.of("Surname", "Forename", "PersonBirthDate", "Sex", "Ethnicity", "PostCode", "UPN",
                "Requests"), children(person(3)));
    }

    @Test
    void request_outcomes_and_their_dates_follow_the_journey() throws Exception {
        assertEquals(List.of("A", "N", "W", "Y", "Y", "Y", "Y", "Y", "H"),
                List.of(outcome(0), outcome(1), outcome(2), outcome(3), outcome(4), outcome(5), outcome(6),
                        outcome(7), text(person(8) + "/Requests[ReceivedDate='2023-01-09']/RequestOutcome")));
        assertEquals("", text(person(0) + "/Requests/RequestOutcomeDate"));
        assertEquals("2025-03-10", text(person(1) + "/Requests/RequestOutcomeDate"));
        assertEquals("2025-04-28", text(person(2) + "/Requests/RequestOutcomeDate"));
        assertEquals("3", text(person(4) + "/Requests/RequestSource"));
        assertEquals(0, count(person(1) + "/Requests/Assessment"));
    }

    @Test
    void assessments_carry_their_outcome_and_twenty_week_exceptions() throws Exception {
        assertEquals(List.of("Y", "Y", "Y", "N", "W", "H"), List.of(assessment(3), assessment(4), assessment(5),
                assessment(6), assessment(7), text(person(8) + "/Requests/Assessment/AssessmentOutcome")));
        assertEquals("0", text(person(3) + "/Requests/Assessment/Week20"));
        assertEquals("1", text(person(4) + "/Requests/Assessment/Week20"));
        assertEquals("0", text(person(5) + "/Requests/Assessment/Week20"));
        assertEquals("2025-08-04", text(person(6) + "/Requests/Assessment/AssessmentOutcomeDate"));
        assertEquals(0, count(person(6) + "/Requests/Assessment/NamedPlan"));
    }

    @Test
    void plans_name_their_setting_and_a_plan_in_force_at_the_census_its_needs_by_rank() throws Exception {
        String plan = person(3) + "/Requests/Assessment/NamedPlan";
        assertEquals("2025-05-19", text(plan + "/StartDate"));
        assertEquals("123456", text(plan + "/PlanDetail/URN"));
        assertEquals("10012345", text(person(4) + "/Requests/Assessment/NamedPlan/PlanDetail/UKPRN"));
        String active = person(3) + "/Requests/ActivePlans";
        assertEquals("123456", text(active + "/PlacementDetail/URN"));
        assertEquals("SLCN", text(active + "/SENneed[SENtypeRank='1']/SENtype"));
        assertEquals("ASD", text(active + "/SENneed[SENtypeRank='2']/SENtype"));
        assertEquals("DS", text(person(5) + "/Requests/ActivePlans/SENneed[SENtypeRank='1']/SENtype"));
    }

    @Test
    void a_plan_that_ceased_in_the_year_gives_its_date_and_reason_and_is_not_active() throws Exception {
        String plan = person(8) + "/Requests/Assessment/NamedPlan";
        assertEquals("2025-06-30", text(plan + "/CeaseDate"));
        assertEquals("4", text(plan + "/CeaseReason"));
        assertEquals(0, count(person(8) + "/Requests/ActivePlans"));
    }

    @Test
    void the_validation_names_each_rule_broken_and_a_return_with_errors_is_not_submittable() {
        String missing = CHILDREN.get(10).toString();
        // received 3 November 2025: its decision was due 15 December, before the census, so it is queried too
        assertEquals(List.of("SEN2-V01", "SEN2-V02", "SEN2-V04", "SEN2-V05", "SEN2-V07", "SEN2-V08", "SEN2-V11"),
                file.issues().stream().filter(i -> i.childId().equals(missing)).map(Sen2Issue::rule).toList());
        assertEquals(List.of("ERROR", "ERROR", "ERROR", "ERROR", "QUERY", "ERROR", "QUERY"),
                file.issues().stream().filter(i -> i.childId().equals(missing)).map(Sen2Issue::severity).toList());
        assertFalse(file.submittable());
        // the late plan with no exception is queried; the one with an exception is not
        assertEquals(List.of("SEN2-V13"), rules(5));
        assertEquals(List.of(), rules(4));
        assertEquals(List.of(), rules(3));
    }

    @Test
    void sen2_details_in_a_wrong_format_are_refused_by_field_and_a_withdrawn_request_takes_no_plan() {
        var r = request(of(2025, 1, 13), 1);
        var refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class, () -> ehc.recordSen2Details(
                CASEWORKER, new RecordSen2Details(r.requestId(), "A", "B", of(2026, 1, 1), "X", "white", null,
                        "A12345678901B", "123", "UN11", 6, false, r.version())));
        assertEquals(List.of("birthDate", "sex", "ethnicity", "upn", "uln", "upnUnknown", "requestSource"),
                refused.violations().stream().map(v -> v.field()).toList());
        var d = decide(r, of(2025, 2, 17), "ASSESS");
        var w = ehc.withdraw(CASEWORKER, new WithdrawEhcRequest(d.requestId(), of(2025, 3, 3), d.version()));
        Executable plan = () -> ehc.issuePlan(CASEWORKER, new IssueEhcPlan(w.requestId(), of(2025, 4, 1),
                of(2025, 5, 1), List.of("MLD"), "123456", null, w.version()));
        org.junit.jupiter.api.Assertions.assertThrows(Conflict.class, plan);
    }

    // ---------------------------------------------------------------------------------------------------- seeding

    private static EhcRequestView request(LocalDate on, int source) {
        CHILDREN.add(ChildId.newId());
        var r = ehc.receive(CASEWORKER, new ReceiveEhcRequest(CHILDREN.getLast().toString(), null, on));
        return details(r, source);
    }

    private static EhcRequestView details(EhcRequestView r, int source) {
        int n = CHILDREN.indexOf(ChildId.parse(r.childId()));
        return ehc.recordSen2Details(CASEWORKER, new RecordSen2Details(r.requestId(), "Surname" + n, "Forename" + n,
                of(2015, 3, 4), n % 2 == 0 ? "M" : "F", "WBRI", "LS1 4AP", upn(n), null, null, source, false,
                r.version()));
    }

    /** A valid UPN per child: the council's 999 with a serial, its check letter the kernel's. */
    private static String upn(int n) {
        return UniquePupilNumber.withCheckLetter(String.format("999%04d25%03d", 1000 + n, n)).value();
    }

    private static EhcRequestView decide(EhcRequestView r, LocalDate on, String decision) {
        return ehc.decide(CASEWORKER, new DecideWhetherToAssess(r.requestId(), on, decision, r.version()));
    }

    private static EhcRequestView plan(EhcRequestView r, LocalDate on, String exception, List<String> needs,
                                       String setting) {
        return ehc.issuePlan(CASEWORKER, new IssueEhcPlan(r.requestId(), on.minusWeeks(3), on, needs, setting,
                exception, r.version()));
    }

    // ---------------------------------------------------------------------------------------------------- reading

    private static String person(int n) {
        return "/Message/Persons/Person[UPN='" + upn(n) + "']";
    }

    private static String outcome(int n) throws Exception {
        return text(person(n) + "/Requests/RequestOutcome");
    }

    private static String assessment(int n) throws Exception {
        return text(person(n) + "/Requests/Assessment/AssessmentOutcome");
    }

    private static List<String> rules(int n) {
        String child = CHILDREN.get(n).toString();
        return file.issues().stream().filter(i -> i.childId().equals(child)).map(Sen2Issue::rule).toList();
    }

    private static String text(String path) throws Exception {
        return (String) XPathFactory.newInstance().newXPath().evaluate(path, xml, XPathConstants.STRING);
    }

    private static int count(String path) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(path, xml, XPathConstants.NODESET)).getLength();
    }

    private static List<String> children(String path) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(path + "/*", xml,
                XPathConstants.NODESET);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (names.isEmpty() || !names.getLast().equals(nodes.item(i).getNodeName())) {
                names.add(nodes.item(i).getNodeName());
            }
        }
        return names;
    }

    @SuppressWarnings("unused")
    private static UUID id(EhcRequestView r) {
        return r.requestId();
    }
}

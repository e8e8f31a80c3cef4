package org.cypf.socialcare.assessment.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.List;
import java.util.UUID;
import org.cypf.socialcare.CaseworkClient.Answer;
import org.cypf.socialcare.CaseworkClient;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.SocialCareOverHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Referrals and assessments over a real socket, on the real services and PostgreSQL. */
@ServerTest
class AssessmentHttpTest {
    private static final String REFERRALS = "/social-care/referrals";
    private static SocialCareFixture f;
    private final CaseworkClient http;

    AssessmentHttpTest(Http1Client client) {
        this.http = new CaseworkClient(client);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = SocialCareOverHttp.serve(routing, "assessment http");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private Answer refer(String localChildId, String date) {
        return http.ok(201, http.post(REFERRALS, """
                {"child": {"localChildId": "%s", "dateOfBirth": "2012-11-30", "sex": "2"},
                 "referralDate": "%s", "source": "6"}""".formatted(localChildId, date)));
    }

    private Answer start(Answer referral, String date) {
        return http.ok(201, http.post(referral.location() + "/assessments", "{\"startDate\": \"%s\"}".formatted(date)));
    }

    @Test
    void a_referral_is_created_read_and_flagged_when_it_is_a_re_referral() {
        Answer first = refer("H300", "2024-11-04");
        assertEquals(REFERRALS + "/" + first.text("/referralId"), first.location());
        assertFalse(first.body().get("reReferral").asBoolean());
        assertEquals(first.body(), http.ok(200, http.get(first.location())).body());
        Answer second = refer("H300", "2025-05-06");
        assertTrue(second.body().get("reReferral").asBoolean());
    }

    @Test
    void an_assessment_starts_and_completes_with_its_factors_and_timeliness() {
        Answer referral = refer("H301", "2025-03-03");
        Answer started = start(referral, "2025-03-04");
        assertEquals("2025-05-08", started.text("/dueDate"));
        assertEquals(referral.location(), started.location());

        String complete = referral.location() + "/assessments/" + started.text("/assessmentId") + "/complete";
        Answer stale = http.problem(409, http.post(complete, """
                {"completedDate": "2025-05-06", "authorisedDate": "2025-05-09", "factors": ["21"],
                 "outcome": "NO_FURTHER_ACTION", "version": 2}"""));
        assertEquals("urn:cypf:problem:stale-version", stale.text("/type"));

        Answer done = http.ok(200, http.post(complete, """
                {"completedDate": "2025-05-06", "authorisedDate": "2025-05-09", "factors": ["3B", "2B"],
                 "outcome": "CHILD_IN_NEED_PLAN", "version": 0}"""));
        assertEquals("2025-05-09", done.text("/authorisedDate"));
        assertEquals("2B", done.text("/factors/1"));
        assertFalse(done.body().get("authorisedWithinTimescale").asBoolean(), "a day after the 45th working day");
        assertEquals(46, done.body().get("workingDaysToAuthorisation").asInt());
        assertEquals(1, done.version());
        assertEquals(done.body(), http.ok(200, http.get(referral.location())).body().at("/assessments/0"));
    }

    @Test
    void completion_bodies_and_rules_are_refused_by_field() {
        Answer referral = refer("H302", "2025-03-03");
        Answer started = start(referral, "2025-03-04");
        String complete = referral.location() + "/assessments/" + started.text("/assessmentId") + "/complete";
        assertEquals(List.of("completedDate", "authorisedDate", "factors", "outcome", "version"),
                http.problem(400, http.post(complete, "{\"completedDate\": \"May\"}")).fields());
        assertEquals(List.of("factors"), http.problem(400, http.post(complete, """
                {"completedDate": "2025-05-06", "authorisedDate": "2025-05-06", "factors": ["21", "3B"],
                 "outcome": "CHILD_IN_NEED_PLAN", "version": 0}""")).fields());
        assertEquals(List.of("completedDate"), http.problem(400, http.post(complete, """
                {"completedDate": "2025-03-03", "authorisedDate": "2025-03-05", "factors": ["21"],
                 "outcome": "NO_FURTHER_ACTION", "version": 0}""")).fields(), "cannot complete before it starts");
        assertEquals(List.of("factors[0]"), http.problem(400, http.post(complete, """
                {"completedDate": "2025-05-06", "authorisedDate": "2025-05-06", "factors": ["99Z"],
                 "outcome": "NO_FURTHER_ACTION", "version": 0}""")).fields());
        assertEquals(List.of("factors"), http.problem(400, http.post(complete, """
                {"completedDate": "2025-05-06", "authorisedDate": "2025-05-06", "factors": "3B",
                 "outcome": "NO_FURTHER_ACTION", "version": 0}""")).fields(), "a list, not text");
    }

    @Test
    void one_assessment_at_a_time_and_closing_the_referral() {
        Answer referral = refer("H303", "2025-04-01");
        Answer started = start(referral, "2025-04-02");
        http.problem(409, http.post(referral.location() + "/assessments", "{\"startDate\": \"2025-04-03\"}"));
        http.problem(409, http.post(referral.location() + "/close",
                "{\"closureDate\": \"2025-04-04\", \"reason\": \"RC8\", \"version\": 0}"));
        http.ok(200, http.post(referral.location() + "/assessments/" + started.text("/assessmentId") + "/complete", """
                {"completedDate": "2025-04-20", "authorisedDate": "2025-04-22", "factors": ["21"],
                 "outcome": "NO_FURTHER_ACTION", "version": 0}"""));
        assertEquals(List.of("reason"), http.problem(400, http.post(referral.location() + "/close",
                "{\"closureDate\": \"2025-04-23\", \"reason\": \"closed\", \"version\": 0}")).fields());
        Answer closed = http.ok(200, http.post(referral.location() + "/close",
                "{\"closureDate\": \"2025-04-23\", \"reason\": \"RC8\", \"version\": 0}"));
        assertEquals("RC8", closed.text("/closureReason"));
        assertEquals(1, closed.version());
    }

    @Test
    void a_referral_body_names_its_bad_fields_and_stores_nothing() {
        Answer refused = http.problem(400, http.post(REFERRALS,
                "{\"child\": {\"localChildId\": \"H304\", \"dateOfBirth\": \"2012-11-30\"}, \"referralDate\": \"2025-13-01\"}"));
        assertEquals(List.of("child.sex", "referralDate", "source"), refused.fields());
        assertEquals(List.of("source"), http.problem(400, http.post(REFERRALS, """
                {"child": {"localChildId": "H304", "dateOfBirth": "2012-11-30", "sex": "2"},
                 "referralDate": "2025-01-02", "source": "police"}""")).fields());
        assertEquals(0, f.count("select count(*) from social_care.child where la_child_id = 'H304'"));
    }

    @Test
    void unknown_ids_are_404_and_outsiders_403() {
        http.problem(404, http.get(REFERRALS + "/" + UUID.randomUUID()));
        http.problem(404, http.post(REFERRALS + "/" + UUID.randomUUID() + "/assessments", "{\"startDate\": \"2025-04-02\"}"));
        Answer referral = refer("H305", "2025-04-01");
        http.problem(404, http.post(referral.location() + "/assessments/" + UUID.randomUUID() + "/complete", """
                {"completedDate": "2025-04-20", "authorisedDate": "2025-04-22", "factors": ["21"],
                 "outcome": "NO_FURTHER_ACTION", "version": 0}"""));
        assertEquals(List.of("assessmentId"), http.problem(400, http.post(referral.location() + "/assessments/x/complete",
                "{}")).fields());
        http.problem(403, http.postAs("rogue-agency", referral.location() + "/assessments", "{\"startDate\": \"2025-04-02\"}"));
    }
}

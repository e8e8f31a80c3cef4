package org.cypf.socialcare.frontdoor.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cypf.socialcare.CaseworkClient.Answer;
import org.cypf.socialcare.CaseworkClient;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.SocialCareOverHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The front door's resources over a real socket, on the real services and PostgreSQL. */
@ServerTest
class FrontDoorHttpTest {
    private static final String CONTACTS = "/social-care/contacts";
    private static SocialCareFixture f;
    private final CaseworkClient http;

    FrontDoorHttpTest(Http1Client client) {
        this.http = new CaseworkClient(client);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = SocialCareOverHttp.serve(routing, "front door http");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static String contactBody(String localChildId, String receivedAt) {
        return """
                {"child": {"localChildId": "%s", "dateOfBirth": "2015-03-10", "sex": "1"},
                 "receivedAt": "%s", "source": "3B", "referrerName": "Jo Hill", "referrerOrganisation": "Health visiting",
                 "worry": "Baby's weight has dropped and mum seems very low",
                 "familyMembers": [{"name": "Kim Ray", "relationship": "mother"}, {"name": "Lee Ray"}]}"""
                .formatted(localChildId, receivedAt);
    }

    private Answer record(String localChildId, String receivedAt) {
        return http.ok(201, http.post(CONTACTS, contactBody(localChildId, receivedAt)));
    }

    private static long contacts() {
        return f.count("select count(*) from social_care.contact");
    }

    @Test
    void post_records_a_contact_with_its_location_and_due_date() {
        Answer created = record("H200", "2025-06-27T16:45:00+01:00");

        String id = created.text("/contactId");
        assertEquals(CONTACTS + "/" + id, created.location());
        assertEquals("2025-06-27T15:45:00Z", created.text("/receivedAt"));
        assertEquals("2025-06-27", created.text("/receivedOn"));
        assertEquals("2025-06-30", created.text("/decisionDueOn"), "Friday's contact is due on Monday");
        assertEquals("3B", created.text("/source"));
        assertEquals("Lee Ray", created.text("/familyMembers/1/name"));
        assertTrue(created.body().at("/familyMembers/1/relationship").isNull());
        assertTrue(created.body().get("decision").isNull());
        assertEquals(0, created.version());
        assertEquals(created.body(), http.ok(200, http.get(created.location())).body());
    }

    @Test
    void a_time_without_an_offset_is_a_time_in_england() {
        Answer created = record("H201", "2025-06-27T16:45");
        assertEquals("2025-06-27T15:45:00Z", created.text("/receivedAt"));
    }

    @Test
    void a_malformed_body_is_refused_naming_every_bad_field_and_stores_nothing() {
        long before = contacts();
        long audit = f.auditRows();
        String body = """
                {"child": {"localChildId": "H202", "dateOfBirth": "10/03/2015", "sex": "1"},
                 "receivedAt": "yesterday", "source": "3B", "familyMembers": [null]}""";

        Answer refused = http.problem(400, http.post(CONTACTS, body));

        assertEquals("urn:cypf:problem:invalid-input", refused.text("/type"));
        assertEquals(List.of("child.dateOfBirth", "familyMembers[0]", "receivedAt", "worry"),
                refused.fields().stream().sorted().toList());
        assertTrue(refused.body().toString().contains("expected a date-time"));
        assertFalse(refused.body().toString().contains("yesterday"), "the refused value is not echoed");
        assertEquals(before, contacts());
        assertEquals(audit, f.auditRows());
    }

    @Test
    void unknown_fields_and_domain_rules_are_refused_by_field() {
        String unknown = contactBody("H203", "2025-06-27T16:45").replace("\"source\"", "\"urgency\": \"high\", \"source\"");
        assertEquals(List.of("urgency"), http.problem(400, http.post(CONTACTS, unknown)).fields());
        String badSource = contactBody("H203", "2025-06-27T16:45").replace("\"3B\"", "\"3Z\"");
        Answer refused = http.problem(400, http.post(CONTACTS, badSource));
        assertEquals(List.of("source"), refused.fields());
        assertEquals(0, f.count("select count(*) from social_care.child where la_child_id = 'H203'"));
    }

    @Test
    void deciding_answers_the_new_version_opens_a_referral_and_a_second_decision_is_409() {
        Answer created = record("H204", "2025-06-27T16:45");
        String decide = created.location() + "/decision";

        Answer stale = http.problem(409, http.post(decide,
                "{\"decision\": \"REFERRAL_FOR_ASSESSMENT\", \"decidedAt\": \"2025-06-30T10:00\", \"version\": 5}"));
        assertEquals("urn:cypf:problem:stale-version", stale.text("/type"));

        Answer decided = http.ok(200, http.post(decide, """
                {"decision": "REFERRAL_FOR_ASSESSMENT", "decidedAt": "2025-06-30T10:00", "note": "needs assessment",
                 "version": 0}"""));
        assertEquals("REFERRAL_FOR_ASSESSMENT", decided.text("/decision"));
        assertTrue(decided.body().get("decidedWithinTimescale").asBoolean());
        assertEquals(1, decided.version());
        Answer referral = http.ok(200, http.get("/social-care/referrals/" + decided.text("/referralId")));
        assertEquals("2025-06-30", referral.text("/referralDate"));
        assertEquals("3B", referral.text("/source"));

        Answer again = http.problem(409, http.post(decide,
                "{\"decision\": \"NO_FURTHER_ACTION\", \"decidedAt\": \"2025-06-30T11:00\", \"version\": 1}"));
        assertEquals("urn:cypf:problem:conflict-with-recorded-state", again.text("/type"));
    }

    @Test
    void a_decision_body_names_its_bad_fields_and_a_decision_before_receipt_is_refused() {
        Answer created = record("H205", "2025-06-27T16:45");
        String decide = created.location() + "/decision";
        assertEquals(List.of("decision", "decidedAt", "version"),
                http.problem(400, http.post(decide, "{\"decidedAt\": \"soon\"}")).fields());
        assertEquals(List.of("decidedAt"), http.problem(400, http.post(decide,
                "{\"decision\": \"NO_FURTHER_ACTION\", \"decidedAt\": \"2025-06-27T16:44\", \"version\": 0}")).fields());
        assertEquals(List.of("decision"), http.problem(400, http.post(decide,
                "{\"decision\": \"ASSESS\", \"decidedAt\": \"2025-06-27T17:00\", \"version\": 0}")).fields());
        assertTrue(http.ok(200, http.get(created.location())).body().get("decision").isNull());
    }

    @Test
    void breaches_are_listed_for_a_date_and_a_bad_date_is_400() {
        Answer late = record("H206", "2025-06-02T09:00");   // due Tuesday 3 June
        http.ok(200, http.post(late.location() + "/decision",
                "{\"decision\": \"INFORMATION_AND_ADVICE\", \"decidedAt\": \"2025-06-05T09:00\", \"version\": 0}"));
        record("H207", "2025-06-03T09:00");                 // due Wednesday 4 June, never decided

        Answer onDate = http.ok(200, http.get(CONTACTS + "/breaches", "date", "2025-06-05"));
        assertEquals("2025-06-05", onDate.text("/date"));
        assertEquals(2, onDate.body().get("count").asInt());
        assertEquals("H206", onDate.text("/contacts/0/localChildId"));
        assertEquals("DECIDED_LATE", onDate.text("/contacts/0/status"));
        assertEquals(2, onDate.body().at("/contacts/0/workingDaysLate").asInt());
        assertEquals("UNDECIDED_PAST_DUE", onDate.text("/contacts/1/status"));

        assertEquals(SocialCareFixture.TODAY.toString(), http.ok(200, http.get(CONTACTS + "/breaches")).text("/date"));
        assertEquals(List.of("date"), http.problem(400, http.get(CONTACTS + "/breaches", "date", "5 June")).fields());
    }

    @Test
    void breaches_are_answered_one_page_at_a_time_and_a_page_over_the_maximum_is_400() {
        // Decided late in 2023: breaches of a 2023 date only, so other tests' lists are not changed.
        for (String[] contact : new String[][] {{"H209", "2023-05-08T09:00", "2023-05-12T09:00"},
                {"H210", "2023-05-09T09:00", "2023-05-12T09:00"}, {"H211", "2023-05-10T09:00", "2023-05-15T09:00"}}) {
            http.ok(200, http.post(record(contact[0], contact[1]).location() + "/decision",
                    "{\"decision\": \"INFORMATION_AND_ADVICE\", \"decidedAt\": \"" + contact[2] + "\", \"version\": 0}"));
        }
        String breaches = CONTACTS + "/breaches";

        Answer all = http.ok(200, http.get(breaches, Map.of("date", "2023-06-30")));
        assertEquals(3, all.body().get("total").asLong(), all.body().toString());
        assertEquals(3, all.body().get("count").asInt());
        assertEquals(100, all.body().get("size").asInt(), "PageRequest.DEFAULT_SIZE when not given");
        Answer second = http.ok(200, http.get(breaches, Map.of("date", "2023-06-30", "page", "2", "size", "1")));

        assertEquals(1, second.body().get("count").asInt());
        assertEquals(2, second.body().get("page").asInt());
        assertEquals(1, second.body().get("size").asInt());
        assertEquals(3, second.body().get("total").asLong());
        assertTrue(second.body().get("hasNext").asBoolean());
        assertEquals(all.body().at("/contacts/1"), second.body().at("/contacts/0"), "page 2 of size 1 is the 2nd item");
        assertFalse(http.ok(200, http.get(breaches, Map.of("date", "2023-06-30", "page", "3", "size", "1")))
                .body().get("hasNext").asBoolean());
        assertEquals(0, http.ok(200, http.get(breaches, Map.of("date", "2023-06-30", "page", "4", "size", "1")))
                .body().get("count").asInt());

        assertEquals(List.of("page", "size"), http.problem(400, http.get(breaches,
                Map.of("date", "2023-06-30", "page", "0", "size", "1001"))).fields());
    }

    @Test
    void callers_must_say_who_they_are_and_be_partners() {
        http.problem(401, http.postAnonymously(CONTACTS, contactBody("H208", "2025-06-27T16:45")));
        http.problem(403, http.postAs("rogue-agency", CONTACTS, contactBody("H208", "2025-06-27T16:45")));
        assertEquals(0, f.count("select count(*) from social_care.child where la_child_id = 'H208'"));
    }

    @Test
    void an_unknown_contact_is_404_and_a_malformed_id_is_400() {
        http.problem(404, http.get(CONTACTS + "/" + UUID.randomUUID()));
        assertEquals(List.of("contactId"), http.problem(400, http.get(CONTACTS + "/not-a-uuid")).fields());
    }
}

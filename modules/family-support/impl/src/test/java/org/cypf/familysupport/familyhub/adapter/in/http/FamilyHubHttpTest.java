package org.cypf.familysupport.familyhub.adapter.in.http;

import static org.cypf.familysupport.directory.adapter.in.http.OrukSchemas.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cypf.familysupport.FamilySupportContext;
import org.cypf.familysupport.directory.adapter.in.http.OrukSchemas;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.TestTokens;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.cypf.testing.context.SecuredRouting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A Family Hub's opening times over a real socket on a real PostgreSQL: recorded, replaced whole, refused naming
 * each broken rule with nothing stored, and answered as an Open Referral UK location whose schedules validate
 * against the profile's schedule schema. Hubs themselves registered and changed from the version read, by the
 * directory manager alone, refused the same way; a second hub of one name, or a change from a version gone, is a
 * conflict.
 */
@ServerTest
class FamilyHubHttpTest {
    /** The role governance's roles catalogue grants the directory's writes to (ADR 0086). */
    private static final String DIRECTORY_MANAGER = "directory-manager";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEIR = "00000000-0000-4000-8000-00000000000a";
    private static final String SCHEDULES = FamilySupportContext.PATH + "/family-hubs/" + MEIR + "/schedules";
    private static final String EDITOR = TestTokens.bearer("hub.manager", "stoke-council",
            DIRECTORY_MANAGER);
    private static final String PRACTITIONER = TestTokens.bearer("eh.begum", "voluntary-sector",
            "early-help-practitioner");
    private static RecordingChildRecordAccess access;
    private static TestDatabase.Target db;
    private static ContextDatabase database;
    private final Http1Client client;

    FamilyHubHttpTest(Http1Client client) {
        this.client = client;
    }

    record Answer(int status, JsonNode body) {
        List<String> fields() {
            List<String> fields = new ArrayList<>();
            body.path("errors").forEach(e -> fields.add(e.get("field").asText()));
            return fields;
        }
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        db = TestDatabase.fresh("family hub opening times");
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            c.createStatement().execute("insert into family_support.family_hub (hub_id, name, postcode, locality, "
                    + "opened_on) values ('" + MEIR + "', 'Meir Family Hub', 'ST3 7AB', 'Stoke South', '2023-09-01'), "
                    + "('00000000-0000-4000-8000-00000000000b', 'Burslem Family Hub', 'ST6 3BB', 'Stoke North', null)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        database = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "family_support", 2);
        SecuredRouting.prepare(routing);
        access = RecordingChildRecordAccess.refusingEveryone().decidingByRole(DIRECTORY_MANAGER,
                Set.of("family-hub", "service-directory"));
        routing.register(FamilySupportContext.PATH, new FamilySupportContext(database, access, Clock.systemUTC()).http());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static long schedules() {
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             var rs = c.createStatement().executeQuery("select count(*) from family_support.family_hub_schedule")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long hubs() {
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             var rs = c.createStatement().executeQuery("select count(*) from family_support.family_hub")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer post(String path, String body, String bearer) {
        return answer(client.post(path).header(HeaderNames.AUTHORIZATION, bearer)
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(body));
    }

    private Answer answer(Http1ClientResponse response) {
        try (response) {
            String text = response.as(String.class);
            return new Answer(response.status().code(), text.isEmpty() ? JSON.nullNode() : JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer put(String path, String body) {
        return put(path, body, EDITOR);
    }

    private Answer put(String path, String body, String bearer) {
        return answer(client.put(path).header(HeaderNames.AUTHORIZATION, bearer)
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(body));
    }

    private Answer get(String path) {
        // /family-hubs needs no caller; the test routing secures every path, so any token will do
        return answer(client.get(path).header(HeaderNames.AUTHORIZATION,
                TestTokens.bearer("family", "public", "family-support-worker")).request());
    }

    private Answer hubsOf(String locality) {
        return answer(client.get(FamilySupportContext.PATH + "/family-hubs").queryParam("locality", locality)
                .header(HeaderNames.AUTHORIZATION, TestTokens.bearer("family", "public", "family-support-worker"))
                .request());
    }

    private static final String WEEK = """
            {"openingTimes": [
              {"byday": "MO,TU,WE,TH", "opensAt": "09:00", "closesAt": "17:00"},
              {"byday": "FR", "opensAt": "09:00", "closesAt": "16:30", "description": "Stay and play from 10:00"},
              {"byday": "SA", "opensAt": "10:00", "closesAt": "12:00", "validFrom": "2026-12-05",
               "validTo": "2027-03-27", "description": "Winter Saturday mornings"}]}""";

    @Test
    void opening_times_are_recorded_replaced_whole_and_answered_as_oruk_schedules() {
        Answer recorded = put(SCHEDULES, WEEK);
        assertEquals(200, recorded.status(), recorded.body().toString());
        Answer read = get(SCHEDULES);
        assertEquals(200, read.status());
        assertValid("location.json", read.body());
        assertEquals("Meir Family Hub", read.body().get("name").asText());
        JsonNode schedules = read.body().get("schedules");
        assertEquals(3, schedules.size());
        schedules.forEach(s -> assertValid("schedule.json", s));
        assertEquals("MO,TU,WE,TH", schedules.at("/0/byday").asText());
        assertEquals("WEEKLY", schedules.at("/0/freq").asText());
        assertEquals("09:00", schedules.at("/0/opens_at").asText());
        assertEquals("17:00", schedules.at("/0/closes_at").asText());
        assertFalse(schedules.get(0).has("valid_from"), "left out, not null: ORUK's valid_from is text");
        assertEquals("16:30", schedules.at("/1/closes_at").asText());
        assertEquals("2026-12-05", schedules.at("/2/valid_from").asText());
        assertEquals("2027-03-27", schedules.at("/2/valid_to").asText());
        assertEquals("Winter Saturday mornings", schedules.at("/2/description").asText());
        assertEquals(recorded.body(), read.body(), "the change answers what a read then answers");

        Answer replaced = put(SCHEDULES, """
                {"openingTimes": [{"byday": "WE,MO", "opensAt": "08:30", "closesAt": "13:00"}]}""");
        assertEquals(200, replaced.status(), replaced.body().toString());
        assertEquals(1, schedules());
        assertEquals("MO,WE", get(SCHEDULES).body().at("/schedules/0/byday").asText(), "days in week order");
        assertNotEquals(schedules.at("/0/id"), get(SCHEDULES).body().at("/schedules/0/id"));
    }

    @Test
    void the_hubs_are_listed_by_name_with_their_locality_and_those_of_one_locality_found_by_it() {
        JsonNode all = get(FamilySupportContext.PATH + "/family-hubs").body();
        assertEquals(hubs(), all.get("total").asLong(), "hubs the other tests registered included");
        assertEquals("Burslem Family Hub", all.at("/familyHubs/0/name").asText());
        assertEquals("Stoke North", all.at("/familyHubs/0/locality").asText());
        Answer south = hubsOf("stoke south");
        assertEquals(200, south.status(), south.body().toString());
        assertEquals(1, south.body().get("total").asInt());
        assertEquals(MEIR, south.body().at("/familyHubs/0/hubId").asText());
        assertEquals("Stoke South", south.body().at("/familyHubs/0/locality").asText());
        Answer tooLong = hubsOf("x".repeat(201));
        assertEquals(400, tooLong.status());
        assertEquals(List.of("locality"), tooLong.fields());
    }

    @Test
    void broken_rules_are_named_each_and_store_nothing() {
        assertEquals(200, put(SCHEDULES, WEEK).status());
        Answer refused = put(SCHEDULES, """
                {"openingTimes": [
                  {"byday": "Monday", "opensAt": "9am", "closesAt": "17:00"},
                  {"byday": "TU", "opensAt": "17:00", "closesAt": "09:00"},
                  {"byday": "WE", "opensAt": "09:00", "closesAt": "12:00", "validFrom": "2027-01-01",
                   "validTo": "2026-01-01"}]}""");
        assertEquals(400, refused.status(), refused.body().toString());
        assertEquals(List.of("openingTimes[0].byday", "openingTimes[0].opensAt", "openingTimes[1].closesAt",
                "openingTimes[2].validTo"), refused.fields());
        assertEquals(3, schedules(), "the times recorded before stand");

        Answer overlapping = put(SCHEDULES, """
                {"openingTimes": [{"byday": "MO,TU", "opensAt": "09:00", "closesAt": "12:00"},
                                  {"byday": "TU", "opensAt": "11:30", "closesAt": "15:00"}]}""");
        assertEquals(List.of("openingTimes[1].opensAt"), overlapping.fields());
        assertEquals(3, schedules());
        // the same hours in periods that do not overlap are two seasons, not a contradiction
        assertEquals(200, put(SCHEDULES, """
                {"openingTimes": [
                  {"byday": "TU", "opensAt": "09:00", "closesAt": "12:00", "validTo": "2026-12-31"},
                  {"byday": "TU", "opensAt": "10:00", "closesAt": "13:00", "validFrom": "2027-01-01"}]}""").status());

        StringBuilder tooMany = new StringBuilder("{\"openingTimes\": [");
        for (int i = 0; i < 51; i++) {
            tooMany.append(i == 0 ? "" : ",").append("{\"byday\": \"MO\", \"opensAt\": \"09:00\", \"closesAt\": \"10:00\"}");
        }
        assertEquals(List.of("openingTimes"), put(SCHEDULES, tooMany.append("]}").toString()).fields());
    }

    @Test
    void an_unknown_hub_is_not_found_and_recording_needs_a_caller() {
        String unknown = FamilySupportContext.PATH + "/family-hubs/00000000-0000-4000-8000-0000000000ff/schedules";
        assertEquals(404, get(unknown).status());
        assertEquals(404, put(unknown, WEEK).status());
        assertEquals(400, get(FamilySupportContext.PATH + "/family-hubs/not-a-uuid/schedules").status());
        assertEquals(404, get(FamilySupportContext.PATH + "/family-hubs/00000000-0000-4000-8000-0000000000ff").status());
        assertEquals(400, get(FamilySupportContext.PATH + "/family-hubs/not-a-uuid").status());
        Answer anonymous = answer(client.put(SCHEDULES).header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit(WEEK));
        assertEquals(401, anonymous.status());
    }

    @Test
    void only_the_directory_manager_records_opening_times_and_each_decision_is_asked_of_the_access_port() {
        assertEquals(200, put(SCHEDULES, WEEK).status());
        JsonNode before = get(SCHEDULES).body();
        int decisions = access.authorisations().size();
        String sunday = """
                {"openingTimes": [{"byday": "SU", "opensAt": "10:00", "closesAt": "11:00"}]}""";
        try (var response = client.put(SCHEDULES).header(HeaderNames.AUTHORIZATION, PRACTITIONER)
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(sunday)) {
            assertEquals(403, response.status().code());
            assertEquals("application/problem+json", response.headers().get(HeaderNames.CONTENT_TYPE).get());
            assertTrue(response.as(String.class).contains("ROLE-NOT-PERMITTED"));
        }
        assertEquals(before, get(SCHEDULES).body(), "nothing changed");
        assertEquals(3, schedules());
        var decision = access.authorisations().get(decisions);
        assertEquals("eh.begum", decision.caller().userId());
        assertEquals("family-hub", decision.intent().recordType());
        assertEquals("UPDATE", decision.intent().action().name());
        assertEquals("family-support", decision.intent().context());
        assertFalse(decision.permitted());
        // bad input is refused before anything is decided: no decision is asked for, so none is audited
        int asked = access.authorisations().size();
        assertEquals(400, put(SCHEDULES, "{\"openingTimes\": [{\"byday\": \"XX\"}]}", PRACTITIONER).status());
        assertEquals(asked, access.authorisations().size());
        assertEquals(200, put(SCHEDULES, WEEK).status());
        assertTrue(access.authorisations().getLast().permitted(), "the manager's change was decided and allowed");
        assertEquals("hub.manager", access.authorisations().getLast().caller().userId());
    }

    @Test
    void the_schedule_schema_refuses_what_the_profile_does_not_allow() throws IOException {
        assertFalse(OrukSchemas.errors("schedule.json", JSON.readTree("{\"freq\": \"WEEKLY\"}")).isEmpty(), "no id");
        assertFalse(OrukSchemas.errors("schedule.json", JSON.readTree(
                "{\"id\": \"" + MEIR + "\", \"freq\": \"DAILY\"}")).isEmpty(), "ORUK's freq is WEEKLY or MONTHLY");
        assertFalse(OrukSchemas.errors("location.json", JSON.readTree("{\"id\": \"" + MEIR + "\"}")).isEmpty());
    }

    private static final String HUBS = FamilySupportContext.PATH + "/family-hubs";

    @Test
    void a_hub_is_registered_then_changed_from_the_version_read_and_a_second_of_one_name_or_a_stale_change_conflicts() {
        Answer registered = post(HUBS, """
                {"name": " Longton Family Hub ", "postcode": "st3 1aa", "locality": "Stoke Central",
                 "openedOn": "2024-04-02"}""", EDITOR);
        assertEquals(201, registered.status(), registered.body().toString());
        String hubId = registered.body().get("hubId").asText();
        assertEquals("Longton Family Hub", registered.body().get("name").asText(), "stripped");
        assertEquals("ST3 1AA", registered.body().get("postcode").asText());
        assertEquals(0, registered.body().get("version").asLong());
        assertEquals(hubId, hubsOf("Stoke Central").body().at("/familyHubs/0/hubId").asText(), "listed at once");
        assertEquals(0, get(HUBS + "/" + hubId + "/schedules").body().get("schedules").size());
        Answer read = get(HUBS + "/" + hubId);
        assertEquals(200, read.status(), "the hub is read where its Location points, with no token");
        assertEquals(registered.body(), read.body());

        long before = hubs();
        Answer again = post(HUBS, """
                {"name": "Longton Family Hub", "postcode": "ST3 2BB"}""", EDITOR);
        assertEquals(409, again.status(), again.body().toString());
        assertEquals(before, hubs(), "the first is kept alone");

        Answer changed = put(HUBS + "/" + hubId, """
                {"version": 0, "name": "Longton and Normacot Family Hub", "postcode": "ST3 1AB",
                 "locality": "Stoke South East"}""");
        assertEquals(200, changed.status(), changed.body().toString());
        assertEquals(1, changed.body().get("version").asLong());
        assertTrue(changed.body().get("openedOn").isNull(), "the whole hub is replaced");
        assertEquals(changed.body(), hubsOf("Stoke South East").body().at("/familyHubs/0"));
        Answer stale = put(HUBS + "/" + hubId, """
                {"version": 0, "name": "Normacot Family Hub", "postcode": "ST3 1AB"}""");
        assertEquals(409, stale.status(), stale.body().toString());
        Answer clash = put(HUBS + "/" + hubId, """
                {"version": 1, "name": "Meir Family Hub", "postcode": "ST3 1AB"}""");
        assertEquals(409, clash.status(), clash.body().toString());
        assertEquals(changed.body(), hubsOf("Stoke South East").body().at("/familyHubs/0"), "nothing changed");
        assertEquals(changed.body(), get(HUBS + "/" + hubId).body(), "read at the version the change made");
    }

    @Test
    void a_hub_refused_names_each_broken_rule_stores_nothing_and_only_the_directory_manager_registers_one() {
        long before = hubs();
        Answer refused = post(HUBS, "{\"name\": \"" + "x".repeat(201) + "\", \"postcode\": \"not a postcode\", "
                + "\"locality\": \"" + "x".repeat(201) + "\"}", EDITOR);
        assertEquals(400, refused.status(), refused.body().toString());
        assertEquals(List.of("name", "postcode", "locality"), refused.fields());
        assertEquals(List.of("name"), post(HUBS, "{\"name\": \" \", \"postcode\": \"ST4 1AA\"}", EDITOR).fields());
        Answer badChange = put(HUBS + "/" + MEIR, "{\"version\": 0, \"postcode\": \"ST4 1AA\"}");
        assertEquals(List.of("name"), badChange.fields());
        assertEquals(before, hubs());

        int decisions = access.authorisations().size();
        String tunstall = "{\"name\": \"Tunstall Family Hub\", \"postcode\": \"ST6 5AA\"}";
        Answer denied = post(HUBS, tunstall, PRACTITIONER);
        assertEquals(403, denied.status(), denied.body().toString());
        var decision = access.authorisations().get(decisions);
        assertEquals("family-hub", decision.intent().recordType());
        assertEquals("CREATE", decision.intent().action().name());
        assertFalse(decision.permitted());
        assertEquals(403, put(HUBS + "/" + MEIR, "{\"version\": 0, \"name\": \"Meir\", \"postcode\": "
                + "\"ST3 7AB\"}", PRACTITIONER).status());
        assertEquals(401, answer(client.post(HUBS).header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit(tunstall)).status());
        assertEquals(404, put(HUBS + "/00000000-0000-4000-8000-0000000000ff",
                "{\"version\": 0, \"name\": \"Nowhere\", \"postcode\": \"ST4 1AA\"}").status());
        assertEquals(before, hubs(), "nothing stored");
    }
}

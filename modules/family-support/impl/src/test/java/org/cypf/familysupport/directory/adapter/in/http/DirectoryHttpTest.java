package org.cypf.familysupport.directory.adapter.in.http;

import static org.cypf.familysupport.directory.adapter.in.http.OrukSchemas.assertPage;
import static org.cypf.familysupport.directory.adapter.in.http.OrukSchemas.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.util.Set;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.cypf.familysupport.FamilySupportContext;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestTokens;
import org.cypf.testing.context.SecuredRouting;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Open Referral UK directory over a real socket on a real PostgreSQL: an import of another directory's feed
 * (oruk/feed.json: three services of two organisations), re-imported idempotently, and every directory route's
 * answers validated against the profile's JSON Schemas.
 */
@ServerTest
class DirectoryHttpTest {
    /** The role governance's roles catalogue grants the directory's writes to (ADR 0086). */
    private static final String DIRECTORY_MANAGER = "directory-manager";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = FamilySupportContext.PATH;
    private static final String IMPORTS = BASE + "/directory/imports";
    private static final String STAY_AND_PLAY = "5a1e0001-0000-4000-8000-000000000001";
    private static final String TEEN_TALK = "5a1e0002-0000-4000-8000-000000000002";
    private static final String PARENTING = "5a1e0003-0000-4000-8000-000000000003";
    private static TestDatabase.Target db;
    private static ContextDatabase database;
    private static RecordingChildRecordAccess access;
    private final Http1Client client;

    DirectoryHttpTest(Http1Client client) {
        this.client = client;
    }

    record Answer(int status, JsonNode body) {
        List<String> fields() {
            List<String> fields = new ArrayList<>();
            body.path("errors").forEach(e -> fields.add(e.get("field").asText()));
            return fields;
        }

        List<String> names() {
            List<String> names = new ArrayList<>();
            body.path("contents").forEach(c -> names.add(c.get("name").asText()));
            return names;
        }
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        db = TestDatabase.fresh("family support directory");
        database = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "family_support", 2);
        SecuredRouting.prepare(routing);
        access = RecordingChildRecordAccess.refusingEveryone().decidingByRole(DIRECTORY_MANAGER,
                Set.of("family-hub", "service-directory"));
        routing.register(BASE, new FamilySupportContext(database, access, Clock.systemUTC()).http());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static String feed() {
        try (InputStream in = DirectoryHttpTest.class.getResourceAsStream("/oruk/feed.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer answer(Http1ClientResponse response) {
        try (response) {
            String text = response.as(String.class);
            return new Answer(response.status().code(), text.isEmpty() ? JSON.nullNode() : JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer importFeed(String feed) {
        return answer(client.post(IMPORTS).queryParam("source", "directory.example.org").header(HeaderNames.AUTHORIZATION, TestTokens.bearer("directory.editor", "stoke-council",
                DIRECTORY_MANAGER))
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(feed));
    }

    private Answer get(String path) {
        var request = client.get(BASE + (path.contains("?") ? path.substring(0, path.indexOf('?')) : path));
        if (path.contains("?")) {
            for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
                String[] nv = pair.split("=", 2);
                request.queryParam(nv[0], java.net.URLDecoder.decode(nv[1], StandardCharsets.UTF_8));
            }
        }
        // the app serves these paths' GETs publicly (security.public-paths); the test routing secures every path
        return answer(request.header(HeaderNames.AUTHORIZATION, TestTokens.bearer("family", "public", "family-support-worker")).request());
    }

    private static long count(String table) {
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             var rs = c.createStatement().executeQuery("select count(*) from family_support." + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void imported() {
        Answer first = importFeed(feed());
        assertEquals(200, first.status(), first.body().toString());
    }

    @Test
    void a_feed_is_stored_as_received_and_mapped_and_a_repeat_changes_nothing() {
        Answer again = importFeed(feed());
        assertEquals(200, again.status());
        assertTrue(again.body().get("alreadyReceived").asBoolean(), again.body().toString());
        assertEquals(3, again.body().get("services").asInt());
        assertEquals(2, again.body().get("organizations").asInt());
        assertEquals(3, again.body().get("taxonomyTerms").asInt());
        long feeds = count("directory_feed");
        assertEquals(3, count("directory_service"));
        assertEquals(2, count("directory_organization"));
        assertEquals(4, count("directory_opening"), "MO,WE gives two openings, TH and TU one each");
        assertEquals(2, count("directory_service_at_location"));

        // the same services in a feed that differs (a renamed service) replace, never duplicate
        Answer changed = importFeed(feed().replace("\"Teen Talk\"", "\"Teen Talk Drop-in\""));
        assertFalse(changed.body().get("alreadyReceived").asBoolean());
        assertEquals(feeds + 1, count("directory_feed"));
        assertEquals(3, count("directory_service"));
        assertEquals(4, count("directory_opening"));
        assertEquals("Teen Talk Drop-in", get("/services/" + TEEN_TALK).body().get("name").asText());
        // the earlier feed sent again after the change is imported again: it is now different from the latest
        assertFalse(importFeed(feed()).body().get("alreadyReceived").asBoolean());
        assertEquals("Teen Talk", get("/services/" + TEEN_TALK).body().get("name").asText());
    }

    @Test
    void every_directory_route_answers_what_the_open_referral_uk_schemas_allow() {
        Answer services = get("/services");
        assertEquals(200, services.status());
        assertPage("service_list.json", services.body());
        assertEquals(List.of("Parenting Puzzle", "Stay and Play", "Teen Talk"), services.names());
        for (String id : List.of(STAY_AND_PLAY, TEEN_TALK, PARENTING)) {
            Answer service = get("/services/" + id);
            assertEquals(200, service.status());
            assertValid("service.json", service.body());
            assertEquals(id, service.body().get("id").asText());
        }
        assertEquals("Stoke-on-Trent City Council",
                get("/services/" + STAY_AND_PLAY).body().at("/organization/name").asText());

        Answer sals = get("/service_at_locations");
        assertEquals(200, sals.status());
        assertPage("service_at_location_list.json", sals.body());
        assertEquals(2, sals.body().get("total_items").asInt());
        sals.body().get("contents").forEach(sal -> assertFalse(sal.get("service_id").asText().isEmpty()));

        Answer taxonomies = get("/taxonomies");
        assertPage("taxonomy.json", taxonomies.body());
        assertEquals("Family Hub services", taxonomies.body().at("/contents/0/name").asText());

        Answer terms = get("/taxonomy_terms?taxonomy_id=7a000001-0000-4000-8000-000000000001");
        assertPage("taxonomy_term.json", terms.body());
        assertEquals(List.of("Early years", "Emotional health", "Parenting"), terms.names());
        assertEquals(0, get("/taxonomy_terms?taxonomy_id=7a000009-0000-4000-8000-000000000009").body()
                .get("total_items").asInt());
    }

    @Test
    void the_schemas_the_answers_are_checked_against_refuse_what_the_profile_does_not_allow() throws IOException {
        // canaries: without them a schema that loaded as empty would pass every answer
        assertFalse(OrukSchemas.errors("service_list.json", JSON.readTree(
                "{\"id\": \"%s\", \"name\": \"No status\"}".formatted(TEEN_TALK))).isEmpty());
        assertFalse(OrukSchemas.errors("service.json", JSON.readTree(
                "{\"id\": \"%s\", \"name\": \"x\", \"status\": \"open\"}".formatted(TEEN_TALK))).isEmpty());
        assertFalse(OrukSchemas.errors("page.json", JSON.readTree("{\"contents\": []}")).isEmpty());
        assertFalse(OrukSchemas.errors("taxonomy_term.json", JSON.readTree(
                "{\"id\": \"%s\", \"name\": \"No description\"}".formatted(TEEN_TALK))).isEmpty());
    }

    @Test
    void pages_are_as_the_profile_defines_them() {
        JsonNode second = get("/services?per_page=2&page=2").body();
        assertPage("service_list.json", second);
        assertEquals(3, second.get("total_items").asInt());
        assertEquals(2, second.get("total_pages").asInt());
        assertEquals(2, second.get("page_number").asInt());
        assertEquals(1, second.get("size").asInt());
        assertFalse(second.get("first_page").asBoolean());
        assertTrue(second.get("last_page").asBoolean());
        assertFalse(second.get("empty").asBoolean());
        JsonNode beyond = get("/services?per_page=2&page=3").body();
        assertPage("service_list.json", beyond);
        assertTrue(beyond.get("empty").asBoolean());
        assertEquals(0, beyond.get("size").asInt());
    }

    @Test
    void services_are_found_by_age_term_day_and_time_cost_and_words() {
        assertEquals(List.of("Parenting Puzzle", "Stay and Play"), get("/services?age=3").names());
        assertEquals(List.of("Parenting Puzzle", "Teen Talk"), get("/services?age=15").names());
        assertEquals(List.of("Parenting Puzzle", "Stay and Play"), get("/services?free=true").names());
        assertEquals(List.of("Teen Talk"), get("/services?day=TH").names());
        assertEquals(List.of("Stay and Play"), get("/services?day=WE&time=09:30").names());
        assertEquals(List.of(), get("/services?day=WE&time=11:30").names(), "closed at closing time");
        assertEquals(List.of("Parenting Puzzle"), get("/services?time=19:00").names());
        assertEquals(List.of("Teen Talk"),
                get("/services?taxonomy_term_id=7e000002-0000-4000-8000-000000000002").names());
        assertEquals(List.of("Teen Talk"), get("/services?search=emotional%20YOUNG").names());
        assertEquals(List.of("Stay and Play"), get("/services?age=2&free=true&day=MO&search=play").names());
        assertPage("service_list.json", get("/services?age=2&free=true&day=MO&search=play").body());
    }

    @Test
    void services_are_found_by_distance_from_a_family_s_postcode_nearest_first_those_with_no_place_last() {
        // Meir Family Hub has its own coordinates (52.98, -2.11); Burslem Family Hub only an address in ST6, placed
        // at the ST6 district's centroid (53.05, -2.20); Parenting Puzzle has no location at all.
        assertEquals(2, count("directory_service_place"));
        assertEquals(List.of("Stay and Play", "Teen Talk", "Parenting Puzzle"),
                get("/services?postcode=ST3%207AB").names(), "from Meir (ST3)");
        assertEquals(List.of("Teen Talk", "Stay and Play", "Parenting Puzzle"),
                get("/services?postcode=st61aa").names(), "from Burslem (ST6), in any letter case and spacing");
        assertEquals(List.of("Teen Talk"), get("/services?postcode=ST6%201AA&proximity=5000").names());
        assertPage("service_list.json", get("/services?postcode=ST6%201AA&proximity=5000").body());
        // ST3's centroid (52.98, -2.12) to Meir (52.98, -2.11), by hand: 6371008.8 m x 0.01 degree in radians
        // x cos(52.98 degrees) = 669.5 m
        assertEquals(List.of(), get("/services?postcode=ST3%207AB&proximity=669").names());
        assertEquals(List.of("Stay and Play"), get("/services?postcode=ST3%207AB&proximity=670").names());
    }

    @Test
    void distance_combines_with_age_day_cost_and_term_and_is_paged() {
        assertEquals(List.of("Stay and Play"), get("/services?postcode=ST6%201AA&proximity=12000&age=3").names(),
                "Parenting Puzzle takes every age but has no place within 12 km");
        assertEquals(List.of("Teen Talk"), get("/services?free=false").names(), "only services with a cost");
        assertEquals(List.of("Teen Talk"), get("/services?postcode=ST3%207AB&free=false&day=TH").names());
        assertEquals(List.of(), get("/services?postcode=ST3%207AB&proximity=5000&free=false").names());
        assertEquals(List.of("Teen Talk"), get("/services?postcode=ST6%201AA&proximity=12000"
                + "&taxonomy_term_id=7e000002-0000-4000-8000-000000000002").names());
        JsonNode second = get("/services?postcode=ST3%207AB&per_page=1&page=2").body();
        assertPage("service_list.json", second);
        assertEquals(3, second.get("total_items").asInt());
        assertEquals("Teen Talk", second.at("/contents/0/name").asText());
        JsonNode within = get("/services?postcode=ST3%207AB&proximity=12000&per_page=1").body();
        assertEquals(2, within.get("total_items").asInt(), "the count is of the services within the distance");
    }

    @Test
    void a_postcode_the_directory_cannot_place_or_read_is_refused_naming_it() {
        Answer unknown = get("/services?postcode=M1%201AE");
        assertEquals(400, unknown.status());
        assertEquals(List.of("postcode"), unknown.fields());
        assertTrue(unknown.body().at("/errors/0/reason").asText().contains("can place"),
                unknown.body().toString());
        Answer bad = get("/services?postcode=not-a-postcode&proximity=0");
        assertEquals(List.of("postcode", "proximity"), bad.fields());
        assertEquals(List.of("proximity"), get("/services?proximity=500").fields(), "a distance from nowhere");
        assertEquals(List.of("proximity"), get("/services?postcode=ST4%201HH&proximity=100001").fields());
        assertEquals(400, get("/services?postcode=" + "A".repeat(3000)).status());
    }

    @Test
    void a_location_with_half_its_coordinates_is_refused_naming_the_missing_one() throws IOException {
        ObjectNode feed = (ObjectNode) JSON.readTree(feed());
        ObjectNode location = (ObjectNode) feed.get("contents").get(0).get("service_at_locations").get(0)
                .get("location");
        location.remove("longitude");
        Answer refused = importFeed(feed.toString());
        assertEquals(400, refused.status(), refused.body().toString());
        assertEquals(List.of("contents[0].service_at_locations[0].location.longitude"), refused.fields());
    }

    @Test
    void bad_search_parameters_are_refused_naming_each() {
        Answer bad = get("/services?per_page=0&page=x&age=200&day=Monday&time=25:00&free=yes"
                + "&taxonomy_term_id=nope");
        assertEquals(400, bad.status());
        assertEquals(List.of("page", "per_page", "age", "free", "taxonomy_term_id", "day", "time"), bad.fields());
        assertEquals(List.of("per_page"), get("/taxonomy_terms?per_page=1001").fields());
        assertEquals(404, get("/services/5a1e0009-0000-4000-8000-000000000009").status());
        assertEquals(400, get("/services/not-a-uuid").status());
    }

    @Test
    void a_feed_that_breaks_a_rule_is_refused_naming_the_field_and_stores_nothing() {
        ObjectNode feed;
        try {
            feed = (ObjectNode) JSON.readTree(feed());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode first = (ObjectNode) feed.get("contents").get(0);
        first.put("minimum_age", 6);
        first.put("name", "Stay and Play renamed");
        ((ObjectNode) feed.get("contents").get(1)).remove("name");
        ((ObjectNode) feed.get("contents").get(2).get("schedules").get(0)).put("byday", "Tuesday");
        long feeds = count("directory_feed");
        Answer refused = importFeed(feed.toString());
        assertEquals(400, refused.status(), refused.body().toString());
        assertEquals(List.of("contents[0].minimum_age", "contents[1].name", "contents[2].schedules[0].byday"),
                refused.fields());
        assertEquals(feeds, count("directory_feed"), "not even stored as received");
        assertEquals("Stay and Play", get("/services/" + STAY_AND_PLAY).body().get("name").asText());

        assertEquals(List.of("contents"), importFeed("{\"services\": []}").fields());
        assertEquals(400, importFeed("not json").status());
    }

    @Test
    void an_import_needs_a_caller() {
        Answer anonymous = answer(client.post(IMPORTS).queryParam("source", "directory.example.org").header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit(feed()));
        assertEquals(401, anonymous.status());
    }

    @Test
    void only_the_directory_manager_imports_a_feed_and_a_refusal_changes_nothing() {
        long feeds = count("directory_feed");
        int decisions = access.authorisations().size();
        String renamed = feed().replace("\"Teen Talk\"", "\"Teen Talk Renamed\"");
        try (var response = client.post(IMPORTS).queryParam("source", "directory.example.org")
                .header(HeaderNames.AUTHORIZATION, TestTokens.bearer("eh.begum", "voluntary-sector",
                        "early-help-practitioner"))
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(renamed)) {
            assertEquals(403, response.status().code());
            assertEquals("application/problem+json", response.headers().get(HeaderNames.CONTENT_TYPE).get());
            assertTrue(response.as(String.class).contains("ROLE-NOT-PERMITTED"));
        }
        assertEquals(feeds, count("directory_feed"), "not even stored as received");
        assertEquals("Teen Talk", get("/services/" + TEEN_TALK).body().get("name").asText());
        var decision = access.authorisations().get(decisions);
        assertEquals("eh.begum", decision.caller().userId());
        assertEquals("service-directory", decision.intent().recordType());
        assertEquals("IMPORT", decision.intent().action().name());
        assertFalse(decision.permitted());
        // the manager's import of the same feed is decided, allowed and kept with who made it
        assertEquals(200, importFeed(renamed).status());
        assertTrue(access.authorisations().getLast().permitted());
        assertEquals("directory.editor", access.authorisations().getLast().caller().userId());
        assertEquals("Teen Talk Renamed", get("/services/" + TEEN_TALK).body().get("name").asText());
    }
}

package org.cypf.familysupport.family.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.familysupport.FamilySupportContext;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.TestTokens;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.cypf.testing.context.SecuredRouting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Family groupings over a real socket on a real PostgreSQL: a family formed, read, a child added and a child taken
 * out again, each child named authorised and audited as governance audits (one row a child); a child taken out is free
 * to join another family; the family's last child, a child not in it and an unknown family are refused as
 * problem+json and change nothing; a caller is required, and one the access policy refuses learns nothing of what
 * exists.
 */
@ServerTest
class FamilyHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FAMILIES = FamilySupportContext.PATH + FamilyHttp.PATH;
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 3, 2).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static final String PARTNER = "stoke-council";
    private static TestDatabase.Target db;
    private static ContextDatabase database;
    private final Http1Client client;

    FamilyHttpTest(Http1Client client) {
        this.client = client;
    }

    record Answer(int status, JsonNode body, String location, String contentType) {
        List<String> fields() {
            List<String> fields = new ArrayList<>();
            body.path("errors").forEach(e -> fields.add(e.get("field").asText()));
            return fields;
        }

        List<String> children() {
            List<String> children = new ArrayList<>();
            body.path("children").forEach(c -> children.add(c.get("childId").asText()));
            return children;
        }
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        db = TestDatabase.fresh("family groupings http");
        database = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "family_support", 2);
        SecuredRouting.prepare(routing);
        routing.register(FamilySupportContext.PATH, new FamilySupportContext(database,
                RecordingChildRecordAccess.forPartners(Set.of(PARTNER)).withAuditAsAdministrator(db), CLOCK).http());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static Http1ClientRequest as(Http1ClientRequest request, String organisation) {
        return request.header(HeaderNames.AUTHORIZATION, TestTokens.bearer("eh.begum", organisation,
                "early-help-practitioner"));
    }

    private Answer answer(Http1ClientResponse response) {
        try (response) {
            String text = response.as(String.class);
            return new Answer(response.status().code(), text.isEmpty() ? JSON.nullNode() : JSON.readTree(text),
                    response.headers().first(HeaderNames.LOCATION).orElse(null),
                    response.headers().first(HeaderNames.CONTENT_TYPE).orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer post(String path, String body) {
        return answer(as(client.post(path), PARTNER).header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit(body));
    }

    private Answer get(String path) {
        return answer(as(client.get(path), PARTNER).request());
    }

    private Answer delete(String path, String organisation) {
        return answer(as(client.delete(path), organisation).request());
    }

    private Answer formed(String... children) {
        Answer formed = post(FAMILIES, """
                {"childIds": [%s], "formedOn": "2025-09-01"}"""
                .formatted(String.join(", ", List.of(children).stream().map(c -> "\"" + c + "\"").toList())));
        assertEquals(201, formed.status(), formed.body().toString());
        return formed;
    }

    private static String child() {
        return UUID.randomUUID().toString();
    }

    private static long members() {
        return new AdminSql(db).count("select count(*) from family_support.family_child");
    }

    /** The access audit's rows of {@code child} for a family, with the decision and the purpose the use case gave. */
    private static long audited(String child, String decision, String purpose) {
        return new AdminSql(db).count("select count(*) from governance.child_record_access where record_type = "
                + "'family' and context = 'family-support' and child_id = ?::uuid and decision = ? and purpose = ?",
                child, decision, purpose);
    }

    @Test
    void a_family_is_formed_read_grown_and_a_child_taken_out_each_child_authorised_and_audited() {
        String amy = child();
        String ben = child();
        String cal = child();
        Answer formed = formed(amy, ben);
        String family = formed.location();
        assertEquals(FAMILIES + "/" + formed.body().get("familyId").asText(), family);
        assertEquals(List.of(amy, ben), formed.children());
        assertEquals(formed.body(), get(family).body());

        Answer grown = post(family + "/children", """
                {"childId": "%s", "addedOn": "2026-01-12"}""".formatted(cal));
        assertEquals(200, grown.status(), grown.body().toString());
        assertEquals(List.of(amy, ben, cal), grown.children());

        Answer removed = delete(family + "/children/" + ben, PARTNER);
        assertEquals(200, removed.status(), removed.body().toString());
        assertEquals(List.of(amy, cal), removed.children(), "the others kept, in order");
        assertEquals("2026-01-12", removed.body().at("/children/1/addedOn").asText());
        assertEquals(removed.body(), get(family).body());
        // every child of the family, the one taken out too, authorised and audited for the change, as for an addition
        for (String each : List.of(amy, ben, cal)) {
            assertEquals(1, audited(each, "PERMITTED", "removing a child from a family"), each);
        }
        // taken out, the child is free to be recorded in another family
        assertEquals(List.of(ben), formed(ben).children());
    }

    @Test
    void the_last_child_a_child_not_in_the_family_and_an_unknown_family_are_refused_changing_nothing() {
        String amy = child();
        String family = formed(amy).location();
        long before = members();

        Answer last = delete(family + "/children/" + amy, PARTNER);
        assertEquals(400, last.status(), last.body().toString());
        assertEquals("application/problem+json", last.contentType());
        assertEquals(List.of("childId"), last.fields());

        Answer stranger = delete(family + "/children/" + child(), PARTNER);
        assertEquals(400, stranger.status(), stranger.body().toString());
        assertEquals(List.of("childId"), stranger.fields(), "not one of the family's children");

        Answer unknown = delete(FAMILIES + "/" + UUID.randomUUID() + "/children/" + amy, PARTNER);
        assertEquals(404, unknown.status(), unknown.body().toString());
        assertEquals("application/problem+json", unknown.contentType());

        assertEquals(List.of("childId"), delete(family + "/children/not-a-child", PARTNER).fields());
        assertEquals(400, delete(FAMILIES + "/not-a-uuid/children/" + amy, PARTNER).status());
        assertEquals(before, members(), "nothing changed");
        assertEquals(List.of(amy), get(family).children());
    }

    @Test
    void a_caller_is_required_and_a_refused_one_learns_nothing_of_what_exists() {
        String amy = child();
        String ben = child();
        String family = formed(amy, ben).location();
        long before = members();

        Answer anonymous = answer(client.delete(family + "/children/" + ben).request());
        assertEquals(401, anonymous.status());
        Answer refused = delete(family + "/children/" + ben, "not-a-partner");
        assertEquals(403, refused.status(), refused.body().toString());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(403, delete(FAMILIES + "/" + UUID.randomUUID() + "/children/" + ben, "not-a-partner").status(),
                "refused alike for a family that does not exist");
        assertEquals(403, delete(family + "/children/" + child(), "not-a-partner").status(),
                "refused alike for a child who is not in the family");
        assertEquals(before, members());
        assertEquals(List.of(amy, ben), get(family).children());
        assertTrue(audited(ben, "DENIED", "removing a child from a family") >= 1, "the refusal is audited");
    }
}

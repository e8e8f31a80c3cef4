package org.cypf.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.identity.Principal;
import org.cypf.platform.json.JsonMapping;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A route in one or two lines: caller, binding, answer, Location, ETag, paging; refusals as problem+json. */
@ServerTest
class RoutesTest {
    private static final String GROUP = "123e4567-e89b-12d3-a456-426614174000";
    private static final String THING = "0f0e0d0c-0b0a-4908-8706-050403020100";

    /** The caller type is the context's own; the platform only sees it as C. */
    record Who(String user) {
        static Who from(Principal principal, Function<String, Optional<String>> header) {
            return new Who(principal.userId());
        }
    }

    record StartThing(UUID groupId, String name, LocalDate startDate, @Nullable Integer size) {}

    record RenameThing(UUID groupId, UUID thingId, String name) {}

    record ThingView(UUID thingId, UUID groupId, String name, @Nullable LocalDate startDate, String createdBy,
                     long version) {}

    record RecordBirthday(String childId, int age, String inTouch) {}

    static final List<Route<?>> DECLARED = new ArrayList<>();

    /** A command that carries a child's id as text, checked as a UUID; a whole number in the path. */
    static final class Children implements HttpService {
        @Override
        public void routing(HttpRules rules) {
            var routes = Routes.on(rules, Who::from)
                    .binding(BindingRules.defaults().withTextFormat("childId", UUID.class));
            routes.put("/{childId}/birthdays/{age}", RecordBirthday.class, (who, birthday) -> birthday);
            routes.get("/{childId}", (who, req) -> Map.of("childId", req.path("childId", String.class)));
            routes.get("/{childId}/on", (who, req) -> Map.of("date", req.dateOrToday("date",
                    java.time.Clock.fixed(java.time.Instant.parse("2025-06-30T23:30:00Z"), java.time.ZoneOffset.UTC))));
            routes.put("/{childId}/note", (who, req) -> Map.of("note", JsonBodies.read(req.request(), String.class)));
        }
    }

    /** Mounted at /groups, with a nested service at /groups/nested, as contexts mount their capabilities. */
    static final class Things implements HttpService {
        private final String name;

        Things(String name) {
            this.name = name;
        }

        @Override
        public void routing(HttpRules rules) {
            var routes = Routes.on(rules, Who::from);
            routes.post("/{groupId}/things", StartThing.class, (who, start) -> new ThingView(UUID.fromString(THING),
                            start.groupId(), start.name(), start.startDate(), who.user(), 0))
                    .answers(ThingView.class).created(thing -> "/" + thing.groupId() + "/things/" + thing.thingId())
                    .etag(ThingView::version);
            routes.get("/{groupId}/things/{thingId}", (who, req) -> new ThingView(req.path("thingId", UUID.class),
                    req.path("groupId", UUID.class), name, null, who.user(), 4)).etag(ThingView::version);
            routes.put("/{groupId}/things/{thingId}", RenameThing.class, (Who who, RenameThing rename, RouteRequest req) ->
                    new ThingView(rename.thingId(), rename.groupId(), rename.name(), null, who.user(), req.ifMatch() + 1));
            routes.post("/{groupId}/archive", (who, req) -> {
                if (req.path("groupId", UUID.class).equals(UUID.fromString(THING))) {
                    throw new NotFound("no such group");
                }
                return null;
            }).noContent();
            routes.get("/on", (who, req) -> Map.of("date", req.query("date", LocalDate.class).orElse(LocalDate.of(2025, 1, 1)),
                    "page", req.page()));
            routes.post("/small", StartThing.class, (who, start) -> start)
                    .binding(BindingRules.defaults().withMaxBodyBytes(64));
            if (name.equals("outer")) {
                rules.register("/nested", new Things("inner"));
                DECLARED.addAll(routes.declared());
            }
        }
    }

    private final Http1Client client;

    RoutesTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        ProblemResponses.register(routing);
        routing.addFilter(Authentication.trusting(TestTokens.ISSUER, TestTokens.publicKeys()));
        routing.register("/groups", new Things("outer"));
        // A public path (the filter lets it through without a token), to show the route itself asks for a principal.
        routing.register("/openapi/things", new Things("public"));
        routing.register("/children", new Children());
        routing.register("/open", rules -> Routes.anonymous(rules).get("/", (nobody, req) -> Map.of("caller", nobody == null)));
    }

    private record Answer(int status, String contentType, JsonNode body, Optional<String> location, Optional<String> etag) {
        List<String> fields() {
            List<String> fields = new ArrayList<>();
            body.path("errors").forEach(e -> fields.add(e.get("field").asText()));
            return fields;
        }
    }

    private static Answer answer(Http1ClientResponse response) {
        try (response) {
            String text = response.as(String.class);
            return new Answer(response.status().code(), response.headers().first(HeaderNames.CONTENT_TYPE).orElse(null),
                    text.isEmpty() ? null : JsonMapping.clients().readTree(text),
                    response.headers().first(HeaderNames.LOCATION), response.headers().first(HeaderNames.ETAG));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Http1ClientRequest as(Http1ClientRequest request) {
        return request.header(HeaderNames.AUTHORIZATION, TestTokens.bearer("sw.smith", "council", "social-worker"));
    }

    private Answer postJson(String path, String body) {
        return answer(as(client.post(path)).header(HeaderNames.CONTENT_TYPE, "application/json").submit(body));
    }

    private static Answer problem(Answer answer, int status) {
        assertEquals(status, answer.status(), () -> String.valueOf(answer.body()));
        assertEquals(ProblemResponses.MEDIA_TYPE, answer.contentType());
        assertEquals(status, answer.body().get("status").asInt());
        return answer;
    }

    @Test
    void a_create_binds_the_body_and_path_calls_the_use_case_and_answers_201_with_location_and_etag() {
        Answer created = postJson("/groups/" + GROUP + "/things", "{\"name\": \" Ann \", \"startDate\": \"2025-03-31\"}");

        assertEquals(201, created.status());
        assertEquals(JsonBodies.MEDIA_TYPE, created.contentType());
        assertEquals(Optional.of("/groups/" + GROUP + "/things/" + THING), created.location());
        assertEquals(Optional.of("\"0\""), created.etag());
        assertEquals("Ann", created.body().get("name").asText());
        assertEquals("sw.smith", created.body().get("createdBy").asText());
        assertEquals("2025-03-31", created.body().get("startDate").asText());
    }

    @Test
    void location_is_relative_to_where_the_service_is_mounted_however_deep() {
        Answer created = postJson("/groups/nested/" + GROUP + "/things", "{\"name\": \"Ann\", \"startDate\": \"2025-03-31\"}");
        assertEquals(Optional.of("/groups/nested/" + GROUP + "/things/" + THING), created.location());
        assertEquals("inner", answer(as(client.get("/groups/nested/" + GROUP + "/things/" + THING)).request())
                .body().get("name").asText());
    }

    @Test
    void the_caller_is_resolved_first_so_an_anonymous_request_is_401_whatever_its_body() {
        Answer anonymous = answer(client.post("/groups/" + GROUP + "/things")
                .header(HeaderNames.CONTENT_TYPE, "text/plain").submit("junk"));
        problem(anonymous, 401);
        assertTrue(answer(as(client.get("/open")).request()).body().get("caller").asBoolean(),
                "anonymous routes get no caller");
        assertEquals(401, answer(client.get("/open").request()).status(), "but they are still behind the filter");
    }

    @Test
    void a_route_with_a_caller_is_401_where_no_token_was_verified_even_on_a_public_path_which_reads_none() {
        Answer unverified = answer(client.get("/openapi/things/" + GROUP + "/things/" + THING).request());
        problem(unverified, 401);
        problem(answer(as(client.get("/openapi/things/" + GROUP + "/things/" + THING)).request()), 401);
        assertEquals("sw.smith", answer(as(client.get("/groups/" + GROUP + "/things/" + THING)).request())
                .body().get("createdBy").asText(), "the caller is the token's subject");
    }

    @Test
    void a_body_that_is_not_json_is_415_problem_json() {
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/json; charset=ISO-8859-1")) {
            Answer refused = problem(answer(as(client.post("/groups/" + GROUP + "/things"))
                    .header(HeaderNames.CONTENT_TYPE, type).submit("{\"name\": \"Ann\", \"startDate\": \"2025-03-31\"}")), 415);
            assertEquals("urn:cypf:problem:http-415", refused.body().get("type").asText(), type);
            assertTrue(refused.body().get("detail").asText().contains("application/json"));
        }
        assertEquals(201, answer(as(client.post("/groups/" + GROUP + "/things"))
                .header(HeaderNames.CONTENT_TYPE, "application/merge-patch+json; charset=utf-8")
                .submit("{\"name\": \"Ann\", \"startDate\": \"2025-03-31\"}")).status());
    }

    @Test
    void a_body_over_the_limit_is_413_problem_json_before_it_is_parsed() {
        Answer refused = problem(postJson("/groups/small", "{\"name\": \"" + "a".repeat(100) + "\"}"), 413);
        assertEquals("urn:cypf:problem:http-413", refused.body().get("type").asText());
        assertEquals("the body is larger than 64 bytes", refused.body().get("detail").asText());
    }

    @Test
    void a_bad_path_parameter_and_bad_body_fields_are_named_in_one_400() {
        Answer refused = problem(postJson("/groups/not-a-group/things",
                "{\"name\": true, \"startDate\": \"1800-01-01\", \"size\": 2.5, \"colour\": \"red\"}"), 400);
        assertEquals(List.of("groupId", "name", "startDate", "size", "colour"), refused.fields());
        assertEquals("urn:cypf:problem:invalid-input", refused.body().get("type").asText());
        assertEquals("/groups/not-a-group/things", refused.body().get("instance").asText());
    }

    @Test
    void path_and_query_parameters_are_parsed_by_the_same_rules_and_named() {
        assertEquals(List.of("thingId"), problem(answer(as(client.get("/groups/" + GROUP + "/things/1-1-1-1-1")).request()),
                400).fields());
        assertEquals(List.of("date"), problem(answer(as(client.get("/groups/on")).queryParam("date", "0000-01-01").request()),
                400).fields());
        Answer bad = problem(answer(as(client.get("/groups/on")).queryParam("date", "31/03/2025").request()), 400);
        assertEquals("expected a date as yyyy-mm-dd", bad.body().at("/errors/0/reason").asText());
    }

    @Test
    void paging_parameters_are_parsed_in_one_place_with_a_documented_maximum() {
        JsonNode page = answer(as(client.get("/groups/on")).queryParam("page", "3").queryParam("size", "50").request()).body();
        assertEquals(3, page.at("/page/page").asInt());
        assertEquals(50, page.at("/page/size").asInt());
        assertEquals(PageRequest.DEFAULT_SIZE, answer(as(client.get("/groups/on")).request()).body().at("/page/size").asInt());
        Answer refused = problem(answer(as(client.get("/groups/on")).queryParam("page", "0")
                .queryParam("size", String.valueOf(PageRequest.MAX_SIZE + 1)).request()), 400);
        assertEquals(List.of("page", "size"), refused.fields());
        assertEquals(List.of(7, 8), new PageRequest(4, 2).of(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9)));
        assertEquals(List.of(), new PageRequest(9, 2).of(List.of(1, 2, 3)));
        assertEquals(12L, new PageRequest(3, 6).offset());
        assertFalse(new PageRequest(2, 5).hasNext(10));
    }

    @Test
    void if_match_carries_the_version_and_etag_answers_it() {
        String path = "/groups/" + GROUP + "/things/" + THING;
        assertEquals(Optional.of("\"4\""), answer(as(client.get(path)).request()).etag());
        Answer renamed = answer(as(client.put(path)).header(HeaderNames.CONTENT_TYPE, "application/json")
                .header(HeaderNames.IF_MATCH, "\"4\"").submit("{\"name\": \"Bea\"}"));
        assertEquals(200, renamed.status());
        assertEquals(5, renamed.body().get("version").asInt());
        assertEquals(List.of("If-Match"), problem(answer(as(client.put(path)).header(HeaderNames.CONTENT_TYPE,
                "application/json").submit("{\"name\": \"Bea\"}")), 400).fields());
    }

    @Test
    void no_content_answers_204_and_domain_problems_still_map() {
        try (var response = as(client.post("/groups/" + GROUP + "/archive")).request()) {
            assertEquals(204, response.status().code());
        }
        problem(answer(as(client.post("/groups/" + THING + "/archive")).request()), 404);
    }

    @Test
    void each_route_describes_itself_for_the_openapi_contract() {
        Route<?> create = DECLARED.getFirst();
        assertEquals(Method.POST, create.method());
        assertEquals("/{groupId}/things", create.path());
        assertEquals(Optional.of(StartThing.class), create.body());
        assertEquals(Optional.of(ThingView.class), create.answer());
        assertEquals(Status.CREATED_201, create.status());
        assertEquals(List.of("name", "startDate"), create.requestSchema().orElseThrow().get("required"));
        assertEquals(JsonSchemas.response(ThingView.class), create.responseSchema().orElseThrow());
        assertEquals(Status.NO_CONTENT_204, DECLARED.get(3).status());
        assertEquals(6, DECLARED.size());
    }

    @Test
    void a_text_field_with_a_format_is_checked_and_kept_canonical_and_a_bad_whole_number_in_the_path_is_400() {
        String upper = GROUP.toUpperCase(java.util.Locale.ROOT);
        Answer recorded = answer(as(client.put("/children/" + upper + "/birthdays/18"))
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit("{\"inTouch\": \"YES\"}"));
        assertEquals(200, recorded.status(), () -> recorded.body().toString());
        assertEquals(GROUP, recorded.body().get("childId").asText());
        assertEquals(18, recorded.body().get("age").asInt());
        Answer refused = problem(answer(as(client.put("/children/not-a-child/birthdays/eighteen"))
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit("{\"inTouch\": \"YES\"}")), 400);
        assertEquals(List.of("childId", "age"), refused.fields().stream().sorted(java.util.Comparator.reverseOrder()).toList());
        assertTrue(refused.body().toString().contains("expected a UUID"));
        assertEquals(List.of("childId"), problem(answer(as(client.get("/children/1-1-1-1-1")).request()), 400).fields());
        assertEquals(List.of("age"), problem(answer(as(client.put("/children/" + GROUP + "/birthdays/99999999999"))
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit("{\"inTouch\": \"YES\"}")), 400).fields());
        assertEquals(GROUP, answer(as(client.get("/children/" + upper)).request()).body().get("childId").asText());
    }

    @Test
    void a_formatted_text_field_is_documented_with_its_format() {
        var schema = JsonSchemas.request(RecordBirthday.class, java.util.Set.of("age"),
                BindingRules.defaults().withTextFormat("childId", UUID.class));
        assertEquals(Map.of("type", "string", "format", "uuid"), ((Map<?, ?>) schema.get("properties")).get("childId"));
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BindingRules.defaults().withTextFormat("childId", String.class)).getMessage().contains("String"));
    }

    @Test
    void a_put_without_a_command_reads_its_own_body() {
        Answer noted = answer(as(client.put("/children/" + GROUP + "/note"))
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit("\"hello\""));
        assertEquals(200, noted.status());
        assertEquals("hello", noted.body().get("note").asText());
    }

    @Test
    void a_date_parameter_defaults_to_today_by_the_clock() {
        assertEquals("2025-06-30", answer(as(client.get("/children/" + GROUP + "/on")).request()).body().get("date").asText());
        assertEquals("2024-01-02", answer(as(client.get("/children/" + GROUP + "/on")).queryParam("date", "2024-01-02")
                .request()).body().get("date").asText());
        assertEquals(List.of("date"), problem(answer(as(client.get("/children/" + GROUP + "/on")).queryParam("date", "soon")
                .request()), 400).fields());
    }

    @Test
    void with_a_bad_path_parameter_what_the_body_lacks_is_not_named_but_what_it_holds_wrongly_is() {
        assertEquals(List.of("childId"), problem(answer(as(client.put("/children/not-a-child/birthdays/18"))
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit("{}")), 400).fields());
        assertEquals(List.of("childId", "inTouch"), problem(answer(as(client.put("/children/not-a-child/birthdays/18"))
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit("{\"inTouch\": 5}")), 400).fields());
        assertEquals(List.of("age"), problem(answer(as(client.put("/children/" + GROUP + "/birthdays/x"))
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit("{}")), 400).fields());
    }
}

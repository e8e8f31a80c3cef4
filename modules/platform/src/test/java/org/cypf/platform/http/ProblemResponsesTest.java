package org.cypf.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.time.LocalDate;
import java.util.List;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.kernel.problem.Unauthenticated;
import org.cypf.platform.json.JsonMapping;
import org.junit.jupiter.api.Test;

/** Every error leaves as RFC 9457 problem+json, over a real socket. */
@ServerTest
class ProblemResponsesTest {
    record Body(String name, Integer count, List<Item> items) {}

    record Item(LocalDate date) {}

    private final Http1Client client;

    ProblemResponsesTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        ProblemResponses.register(routing);
        routing.post("/echo", (req, res) -> JsonBodies.ok(res, JsonBodies.read(req, Body.class)))
                .get("/not-found", (req, res) -> {
                    throw new NotFound("no such thing");
                })
                .get("/stale", (req, res) -> {
                    throw new StaleVersion("the record", 3);
                })
                .get("/conflict", (req, res) -> {
                    throw new Conflict("already there");
                })
                .get("/denied", (req, res) -> {
                    throw new AccessDenied("rule X");
                })
                .get("/anonymous", (req, res) -> {
                    throw new Unauthenticated("who are you");
                })
                .get("/bug", (req, res) -> {
                    throw new IllegalStateException("secret detail about child C1001");
                })
                .get("/number", (req, res) -> JsonBodies.ok(res,
                        RequestParameters.query(req, "n", Integer::parseInt).orElse(0)))
                .get("/date", (req, res) -> JsonBodies.ok(res,
                        RequestParameters.query(req, "d", LocalDate::parse).orElse(LocalDate.of(2025, 1, 1))));
    }

    private static JsonNode json(Http1ClientResponse response) {
        try {
            return JsonMapping.clients().readTree(response.as(String.class));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode problem(Http1ClientResponse response, int status) {
        assertEquals(status, response.status().code());
        assertEquals(ProblemResponses.MEDIA_TYPE, response.headers().get(HeaderNames.CONTENT_TYPE).get());
        JsonNode body = json(response);
        assertEquals(status, body.get("status").asInt());
        return body;
    }

    private JsonNode post(String body, int status) {
        try (var response = client.post("/echo").header(HeaderNames.CONTENT_TYPE, "application/json").submit(body)) {
            return problem(response, status);
        }
    }

    @Test
    void a_good_body_round_trips() {
        try (var response = client.post("/echo").submit("{\"name\":\"a\",\"count\":2,\"items\":[{\"date\":\"2025-03-31\"}]}")) {
            assertEquals(200, response.status().code());
            assertEquals("2025-03-31", json(response).at("/items/0/date").asText());
        }
    }

    @Test
    void bad_bodies_name_the_field_and_the_reason() {
        JsonNode unknown = post("{\"name\":\"a\",\"colour\":\"red\"}", 400);
        assertEquals("urn:cypf:problem:invalid-input", unknown.get("type").asText());
        assertEquals("colour", unknown.at("/errors/0/field").asText());

        JsonNode wrongType = post("{\"count\":\"many\"}", 400);
        assertEquals("count", wrongType.at("/errors/0/field").asText());
        assertTrue(wrongType.at("/errors/0/reason").asText().contains("a number"));

        JsonNode nested = post("{\"items\":[{\"date\":\"2025-03-31\"},{\"date\":\"31/03/2025\"}]}", 400);
        assertEquals("items[1].date", nested.at("/errors/0/field").asText());
        assertFalse(nested.toString().contains("31/03/2025"), "the refused value is not echoed");

        assertEquals("$", post("{not json", 400).at("/errors/0/field").asText());
        assertEquals("$", post("", 400).at("/errors/0/field").asText());
    }

    @Test
    void text_the_database_cannot_store_is_refused_naming_the_field_even_before_routes_use_the_binder() {
        JsonNode nul = post("{\"name\":\"a\\u0000b\",\"items\":[{\"date\":\"2025-03-31\"}]}", 400);
        assertEquals("name", nul.at("/errors/0/field").asText());
        JsonNode surrogate = post("{\"name\":\"\\ud800\"}", 400);
        assertEquals("name", surrogate.at("/errors/0/field").asText());
        assertEquals(200, client.post("/echo").header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit("{\"name\":\"caf\u00e9 \\ud83d\\ude00\"}").status().code());
    }

    @Test
    void bad_path_and_query_text_is_refused_naming_the_parameter() {
        assertEquals("n", problem(client.get("/number").queryParam("n", "1\u0000").request(), 400)
                .at("/errors/0/field").asText());
        assertEquals("d", problem(client.get("/date").queryParam("d", "0000-01-01").request(), 400)
                .at("/errors/0/field").asText());
        assertEquals("must be a date from 1900-01-01 to 2100-12-31", problem(client.get("/date")
                .queryParam("d", "1800-06-01").request(), 400).at("/errors/0/reason").asText());
    }

    @Test
    void helidons_jackson_media_support_writes_and_reads_with_our_mapper() {
        var media = JsonBodies.mediaContext();
        var type = io.helidon.common.GenericType.create(Item.class);
        var headers = io.helidon.http.WritableHeaders.create();
        var out = new java.io.ByteArrayOutputStream();
        media.writer(type, headers).write(type, new Item(LocalDate.of(2025, 3, 31)), out, headers);
        assertEquals("{\"date\":\"2025-03-31\"}", out.toString(java.nio.charset.StandardCharsets.UTF_8),
                "dates as ISO text, not the arrays of Jackson's default mapper");
        var json = io.helidon.http.WritableHeaders.create().contentType(io.helidon.common.media.type.MediaTypes.APPLICATION_JSON);
        assertEquals(new Item(LocalDate.of(2025, 3, 31)), media.reader(type, json)
                .read(type, new java.io.ByteArrayInputStream(out.toByteArray()), json));
    }

    @Test
    void each_domain_problem_has_its_status() {
        assertEquals("urn:cypf:problem:not-found", problem(client.get("/not-found").request(), 404).get("type").asText());
        assertEquals("urn:cypf:problem:stale-version", problem(client.get("/stale").request(), 409).get("type").asText());
        problem(client.get("/conflict").request(), 409);
        problem(client.get("/denied").request(), 403);
        problem(client.get("/anonymous").request(), 401);
        assertEquals("/not-found", problem(client.get("/not-found").request(), 404).get("instance").asText());
    }

    @Test
    void our_faults_are_500_with_a_reference_and_no_detail_of_the_data() {
        JsonNode body = problem(client.get("/bug").request(), 500);
        assertEquals("urn:cypf:problem:internal", body.get("type").asText());
        assertFalse(body.toString().contains("C1001"));
        assertTrue(body.get("detail").asText().contains("reference"));
    }

    @Test
    void bad_query_parameters_are_problems_too() {
        assertEquals("n", problem(client.get("/number").queryParam("n", "ten").request(), 400).at("/errors/0/field").asText());
    }
}

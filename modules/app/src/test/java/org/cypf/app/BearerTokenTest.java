package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route of the whole application needs a valid bearer token of the issuer it trusts (ADR 0021): what a hostile
 * client would try, over HTTP against the running application, whose identity provider's keys it fetches.
 */
class BearerTokenTest {
    private static final String ROLL = "/education-skills/virtual-school/children";
    private static final String DELIVERIES = "/platform/event-deliveries";

    private static RunningCypf cypf;

    @BeforeAll
    static void start() {
        cypf = RunningCypf.start("bearer tokens");
    }

    @AfterAll
    static void stop() {
        if (cypf != null) {
            cypf.close();
        }
    }

    private static String forged(UnaryOperator<JWTClaimsSet.Builder> change) {
        return "Bearer " + TestTokens.sign(change.apply(TestTokens.claims("sw.smith", "council", "social-worker")).build());
    }

    static Stream<Arguments> refusedTokens() {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        return Stream.of(
                Arguments.of("no token", null, null),
                Arguments.of("another scheme", "Basic c3cuc21pdGg6cGFzc3dvcmQ=", null),
                Arguments.of("garbage", "Bearer not.a.token", "invalid_token"),
                Arguments.of("expired", forged(c -> c.issueTime(Date.from(hourAgo.minusSeconds(60)))
                        .notBeforeTime(Date.from(hourAgo.minusSeconds(60))).expirationTime(Date.from(hourAgo))),
                        "invalid_token"),
                Arguments.of("wrong issuer", forged(c -> c.issuer("https://login.elsewhere.example")), "invalid_token"),
                Arguments.of("wrong audience", forged(c -> c.audience("another-service")), "invalid_token"),
                Arguments.of("bad signature", "Bearer " + TestTokens.sign(
                        TestTokens.claims("sw.smith", "council", "social-worker").build(),
                        TestTokens.newKey()), "invalid_token"),
                Arguments.of("tampered claims", tampered(), "invalid_token"));
    }

    /** A valid token whose payload is swapped for one claiming the auditor role: the signature no longer matches. */
    private static String tampered() {
        String[] parts = TestTokens.token("sw.smith", "council", "social-worker").split("\\.");
        String[] other = TestTokens.token("sw.smith", "council", "auditor").split("\\.");
        return "Bearer " + parts[0] + "." + other[1] + "." + parts[2];
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void a_request_without_a_valid_token_is_401_problem_json_with_a_bearer_challenge(String what, String authorization,
                                                                                    String error) {
        long audited = cypf.count("select count(*) from governance.child_record_access");
        for (String path : new String[] {ROLL, DELIVERIES, "/governance/scorecard", "/", "/observe/metrics"}) {
            var response = authorization == null ? cypf.get(path) : cypf.getWith(path, authorization);
            assertEquals(401, response.status(), what + " " + path + ": " + response.body());
            assertTrue(response.isProblem(), what + " " + path);
            assertEquals("urn:cypf:problem:caller-not-identified", response.json().get("type").asText());
            String challenge = response.raw().headers().firstValue("WWW-Authenticate").orElseThrow();
            assertTrue(challenge.startsWith("Bearer realm=\"cypf\""), challenge);
            assertEquals(error != null, challenge.contains("error=\"" + error + "\""), challenge);
        }
        var write = cypf.sendWith("POST", "/social-care/contacts", "{}", authorization);
        assertEquals(401, write.status(), what + ": " + write.body());
        assertEquals(audited, cypf.count("select count(*) from governance.child_record_access"),
                "nothing reaches a use case, so nothing is audited");
    }

    @Test
    void the_caller_headers_of_old_say_nothing_any_more() {
        var response = cypf.get(ROLL, Map.of("X-CYPF-User", "sw.smith", "X-CYPF-Organisation", "council",
                "X-CYPF-Role", "social-worker"));
        assertEquals(401, response.status(), response.body());
    }

    @Test
    void health_the_openapi_document_and_the_public_service_directory_need_no_token() {
        assertEquals(200, cypf.get("/observe/health").status());
        assertEquals(200, cypf.get("/openapi", Map.of("Accept", "application/vnd.oai.openapi")).status());
        for (String path : new String[] {"/family-support/services", "/family-support/service_at_locations",
                "/family-support/taxonomies", "/family-support/taxonomy_terms"}) {
            assertNotEquals(401, cypf.get(path).status(), path + " is public");
        }
        // Whole path segments only: a prefix of a public path is not public.
        assertEquals(401, cypf.get("/family-support/services-admin").status());
        // The Family Hubs and their opening times are read by families without a token; a public path names its
        // methods, so the write on the same path still needs one (ADR 0085).
        assertEquals(200, cypf.get("/family-support/family-hubs").status());
        var openingTimes = cypf.get("/family-support/family-hubs/00000000-0000-4000-8000-00000000000a/schedules");
        assertEquals(404, openingTimes.status(), "a hub's opening times are read without a token (no such hub here): "
                + openingTimes.body());
        assertTrue(openingTimes.isProblem());
        var put = cypf.sendWith("PUT", "/family-support/family-hubs/00000000-0000-4000-8000-00000000000a/schedules",
                "{\"openingTimes\": []}", null);
        assertEquals(401, put.status(), put.body());
        assertTrue(put.isProblem());
        assertEquals(401, cypf.sendWith("POST", "/family-support/services", "{}", null).status(),
                "a directory path listed alone is public to GET and HEAD only");
    }

    @Test
    void a_token_from_the_development_issuer_of_a_named_user_opens_the_routes_as_in_the_readme() {
        var minted = cypf.sendWith("POST", "/dev-issuer/token", "{\"user\": \"sw.smith\"}", null);
        assertEquals(200, minted.status(), minted.body());
        assertEquals("Bearer", minted.json().get("token_type").asText());
        var roll = cypf.getWith(ROLL, "Bearer " + minted.json().get("access_token").asText());
        assertEquals(200, roll.status(), roll.body());

        var stranger = cypf.sendWith("POST", "/dev-issuer/token", "{\"user\": \"mallory\"}", null);
        assertEquals(400, stranger.status(), "only the configured users: " + stranger.body());
        assertTrue(stranger.isProblem());
    }

    @Test
    void a_token_claiming_cypfs_reserved_identity_is_403_everywhere() {
        for (String token : new String[] {TestTokens.bearer("x", "cypf", "social-worker"),
                TestTokens.bearer("x", "CYPF", "administrator"), TestTokens.bearer("x", "council", "system"),
                TestTokens.bearer("x", "council", "social-worker", "System")}) {
            for (String path : new String[] {ROLL, "/governance/scorecard", DELIVERIES, "/observe/metrics"}) {
                var response = cypf.getWith(path, token);
                assertEquals(403, response.status(), path + ": " + response.body());
                assertEquals("urn:cypf:problem:access-denied", response.json().get("type").asText());
            }
        }
    }

    @Test
    void only_an_administrator_sees_event_deliveries_and_metrics_and_nobody_else_learns_a_childs_id() {
        var created = cypf.postAs("/social-care/periods-of-care", """
                {"child": {"localChildId": "T3001", "upn": "L861200101001", "dateOfBirth": "2013-02-03", "sex": "1"},
                 "startDate": "2025-04-10", "legalStatus": "C2", "categoryOfNeed": "N1",
                 "placement": {"placementType": "U4", "provider": "PR1", "postcode": "ST4 1AA"}}""");
        assertEquals(201, created.status(), created.body());
        String childId = created.json().get("childId").asText();

        for (String role : new String[] {"social-worker", "auditor", "team-manager"}) {
            String token = TestTokens.bearer("someone", "council", role);
            var list = cypf.getWith(DELIVERIES + "?status=PENDING", token);
            assertEquals(403, list.status(), role + ": " + list.body());
            assertFalse(list.body().contains(childId), role);
            assertEquals(403, cypf.sendWith("POST", DELIVERIES + "/education-skills.virtual-school/1/resubmit", null,
                    token).status(), role);
            assertEquals(403, cypf.get("/observe/metrics", Map.of("Authorization", token)).status(), role);
        }
        var administrator = TestTokens.bearer("ops.taylor", "council", "administrator");
        assertEquals(200, cypf.getWith(DELIVERIES + "?status=COMPLETED", administrator).status());
        assertEquals(404, cypf.sendWith("POST", DELIVERIES + "/no-such-subscriber/1/resubmit", null, administrator)
                .status(), "the administrator reaches the resubmission");
        assertEquals(200, cypf.get("/observe/metrics", Map.of("Authorization", administrator, "Accept", "text/plain"))
                .status());
    }
}

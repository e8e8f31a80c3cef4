package org.cypf.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.Map;
import java.util.Set;
import org.cypf.kernel.identity.Principal;
import org.cypf.kernel.problem.Unauthenticated;
import org.cypf.platform.json.JsonMapping;
import org.cypf.platform.security.DevelopmentIssuer;
import org.cypf.platform.security.SecurityConfig;
import org.cypf.platform.security.TokenVerifier;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The development issuer, installed from configuration as the application would, over a real socket. */
@ServerTest
class DevelopmentIssuerTest {
    private static Authentication authentication;

    private final Http1Client client;

    DevelopmentIssuerTest(Http1Client client) {
        this.client = client;
    }

    static Config security() {
        return Config.just(ConfigSources.create(Map.of(
                "security.development-issuer.enabled", "true",
                "security.development-issuer.token-lifetime-seconds", "600",
                "security.development-issuer.users.0.id", "sw.smith",
                "security.development-issuer.users.0.organisation", "la-north",
                "security.development-issuer.users.0.roles.0", "social-worker",
                "security.development-issuer.users.0.roles.1", "team-manager",
                "security.development-issuer.users.1.id", "aud.it",
                "security.development-issuer.users.1.organisation", "la-north"))).get("security");
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        ProblemResponses.register(routing);
        authentication = Authentication.install(routing, security());
        routing.get("/whoami", (req, res) -> {
            Principal principal = Authentication.requirePrincipal(req);
            JsonBodies.ok(res, Map.of("userId", principal.userId(), "organisation", principal.organisation(),
                    "roles", principal.roles().stream().sorted().toList(), "issuer", principal.issuer()));
        });
    }

    private static JsonNode json(Http1ClientResponse response) {
        try {
            return JsonMapping.clients().readTree(response.as(String.class));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Http1ClientResponse askForToken(String body) {
        return client.post("/dev-issuer/token").header(HeaderNames.CONTENT_TYPE, "application/json").submit(body);
    }

    @Test
    void a_named_test_user_gets_a_token_over_http_that_opens_the_api() {
        String token;
        try (var response = askForToken("{\"user\":\"sw.smith\"}")) {
            assertEquals(200, response.status().code());
            assertEquals("no-store", response.headers().get(HeaderNames.CACHE_CONTROL).get());
            JsonNode body = json(response);
            assertEquals("Bearer", body.get("token_type").asText());
            assertEquals(600, body.get("expires_in").asInt());
            token = body.get("access_token").asText();
        }
        try (var response = client.get("/whoami").header(HeaderNames.AUTHORIZATION, "Bearer " + token).request()) {
            assertEquals(200, response.status().code());
            JsonNode principal = json(response);
            assertEquals("sw.smith", principal.get("userId").asText());
            assertEquals("la-north", principal.get("organisation").asText());
            assertEquals("[\"social-worker\",\"team-manager\"]", principal.get("roles").toString());
            assertEquals(DevelopmentIssuer.ISSUER, principal.get("issuer").asText());
        }
        try (var response = askForToken("{\"user\":\"aud.it\"}")) {
            assertEquals(200, response.status().code(), "a user without roles");
        }
    }

    @Test
    void unknown_or_missing_users_are_400_problems_naming_the_field() {
        for (String body : new String[] {"{\"user\":\"mallory\"}", "{\"user\":null}", "{}"}) {
            try (var response = askForToken(body)) {
                assertEquals(400, response.status().code(), body);
                assertEquals(ProblemResponses.MEDIA_TYPE, response.headers().get(HeaderNames.CONTENT_TYPE).get());
                JsonNode problem = json(response);
                assertEquals("user", problem.at("/errors/0/field").asText(), body);
                assertFalse(problem.toString().contains("mallory"), "the refused value is not echoed");
            }
        }
        try (var response = askForToken("{\"user\":\"sw.smith\",\"roles\":[\"administrator\"]}")) {
            assertEquals(400, response.status().code(), "a caller cannot choose its roles");
            assertEquals("roles", json(response).at("/errors/0/field").asText());
        }
    }

    @Test
    void its_jwks_holds_only_the_public_key_and_verifies_its_tokens() throws Exception {
        String jwks;
        try (var response = client.get("/dev-issuer/jwks.json").request()) {
            assertEquals(200, response.status().code());
            jwks = response.as(String.class);
        }
        JWKSet keys = JWKSet.parse(jwks);
        assertEquals(1, keys.getKeys().size());
        assertFalse(keys.getKeys().getFirst().isPrivate());
        assertFalse(jwks.contains("\"d\""), "no private exponent");
        assertEquals(keys.getKeys().getFirst().getKeyID(),
                authentication.developmentIssuer().orElseThrow().publicKeys().getKeys().getFirst().getKeyID());

        // A verifier that knows only the served JWKS accepts the issuer's tokens.
        SecurityConfig pinned = SecurityConfig.forIssuer(DevelopmentIssuer.ISSUER);
        String token = authentication.developmentIssuer().orElseThrow().mint("tm.jones", "la-south", Set.of("auditor"));
        Principal principal = TokenVerifier.trusting(pinned, keys).verify(token);
        assertEquals("tm.jones", principal.userId());
        assertEquals(Set.of("auditor"), principal.roles());
    }

    @Test
    void only_its_own_key_and_issuer_are_trusted() {
        // The test issuer's tokens: another issuer string, so refused without any fetch.
        try (var response = client.get("/whoami")
                .header(HeaderNames.AUTHORIZATION, TestTokens.bearer("sw.smith", "la-north")).request()) {
            assertEquals(401, response.status().code());
            assertTrue(json(response).get("detail").asText().contains("issuer"));
        }
        // Another development issuer (another process, another key) mints under the same issuer string: refused.
        DevelopmentIssuer other = DevelopmentIssuer.create(SecurityConfigs.read(security()));
        try (var response = client.get("/whoami")
                .header(HeaderNames.AUTHORIZATION, "Bearer " + other.mint("sw.smith")).request()) {
            assertEquals(401, response.status().code());
        }
        // The Java method mints for any caller a test needs.
        String token = authentication.developmentIssuer().orElseThrow().mint("hv.patel", "nhs-trust", Set.of());
        assertEquals("nhs-trust", authentication.verifier().verify(token).organisation());
        assertThrows(Unauthenticated.class, () -> authentication.verifier().verify(token + "x"));
    }
}

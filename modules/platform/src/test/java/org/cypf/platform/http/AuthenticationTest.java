package org.cypf.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cypf.kernel.identity.Principal;
import org.cypf.platform.json.JsonMapping;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The bearer filter over a real socket: who gets through, and how everyone else is refused (ADR 0021). */
@ServerTest
class AuthenticationTest {
    private static final String CHALLENGE = "Bearer realm=\"cypf\"";

    /** A key the issuer never published (made once: RSA key generation takes a second or two). */
    private static final RSAKey STRANGER = TestTokens.newKey();

    private final Http1Client client;
    private final int port;

    AuthenticationTest(Http1Client client, io.helidon.webserver.WebServer server) {
        this.client = client;
        this.port = server.port();
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        ProblemResponses.register(routing);
        routing.addFilter(Authentication.trusting(TestTokens.ISSUER, TestTokens.publicKeys()));
        routing.get("/whoami", (req, res) -> {
            Principal principal = Authentication.requirePrincipal(req);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("userId", principal.userId());
            body.put("organisation", principal.organisation());
            body.put("roles", principal.roles().stream().sorted().toList());
            body.put("issuer", principal.issuer());
            JsonBodies.ok(res, body);
        })
                .get("/observe/health", (req, res) -> JsonBodies.ok(res,
                        Map.of("status", "UP", "principal", Authentication.principal(req).isPresent())))
                .get("/openapi", (req, res) -> res.send("openapi: 3.1.0"))
                .get("/observe/healthy", (req, res) -> res.send("not public"));
    }

    private static JsonNode json(Http1ClientResponse response) {
        try {
            return JsonMapping.clients().readTree(response.as(String.class));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Http1ClientResponse whoami(String authorization) {
        return client.get("/whoami").header(HeaderNames.AUTHORIZATION, authorization).request();
    }

    /** Asserts a 401 problem with the Bearer challenge; returns the problem's detail. */
    private static String refused(Http1ClientResponse response, boolean tokenWasSent) {
        try (response) {
            assertEquals(401, response.status().code());
            assertEquals(ProblemResponses.MEDIA_TYPE, response.headers().get(HeaderNames.CONTENT_TYPE).get());
            String challenge = response.headers().get(HeaderNames.WWW_AUTHENTICATE).get();
            if (tokenWasSent) {
                assertTrue(challenge.startsWith(CHALLENGE + ", error=\"invalid_token\", error_description=\""), challenge);
            } else {
                assertEquals(CHALLENGE, challenge);
            }
            JsonNode problem = json(response);
            assertEquals(401, problem.get("status").asInt());
            assertEquals("urn:cypf:problem:caller-not-identified", problem.get("type").asText());
            return problem.get("detail").asText();
        }
    }

    private static String tokenOf(JWTClaimsSet claims) {
        return "Bearer " + TestTokens.sign(claims);
    }

    @Test
    void a_valid_token_brings_its_principal_to_the_route() {
        try (var response = whoami(TestTokens.bearer("sw.smith", "la-north", "social-worker", "team-manager"))) {
            assertEquals(200, response.status().code());
            JsonNode body = json(response);
            assertEquals("sw.smith", body.get("userId").asText());
            assertEquals("la-north", body.get("organisation").asText());
            assertEquals("[\"social-worker\",\"team-manager\"]", body.get("roles").toString());
            assertEquals(TestTokens.ISSUER, body.get("issuer").asText());
        }
    }

    @Test
    void a_token_without_a_roles_claim_holds_no_roles_and_the_scheme_name_is_case_insensitive() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(TestTokens.claims("hv.jones", "nhs-trust").build())
                .claim(TestTokens.ROLES_CLAIM, null).build();
        try (var response = whoami("bearer " + TestTokens.sign(claims))) {
            assertEquals(200, response.status().code());
            assertEquals("[]", json(response).get("roles").toString());
        }
    }

    @Test
    void no_token_is_refused_with_the_bare_challenge() {
        assertTrue(refused(client.get("/whoami").request(), false).contains("no bearer token"));
        assertTrue(refused(whoami("Basic c3cuc21pdGg6c2VjcmV0"), false).contains("no bearer token"));
    }

    @Test
    void an_expired_token_is_refused_beyond_the_clock_skew_and_accepted_within_it() {
        Instant now = Instant.now();
        JWTClaimsSet expired = TestTokens.claims("sw.smith", "la-north").expirationTime(Date.from(now.minusSeconds(120)))
                .notBeforeTime(Date.from(now.minusSeconds(3600))).build();
        assertTrue(refused(whoami(tokenOf(expired)), true).contains("expired"));

        JWTClaimsSet justExpired = TestTokens.claims("sw.smith", "la-north")
                .expirationTime(Date.from(now.minusSeconds(20))).notBeforeTime(Date.from(now.minusSeconds(3600))).build();
        try (var response = whoami(tokenOf(justExpired))) {
            assertEquals(200, response.status().code(), "20 s late is within the default 60 s skew");
        }

        JWTClaimsSet noExpiry = TestTokens.claims("sw.smith", "la-north").expirationTime(null).build();
        assertTrue(refused(whoami(tokenOf(noExpiry)), true).contains("no expiry"));
    }

    @Test
    void a_token_not_valid_yet_is_refused() {
        JWTClaimsSet early = TestTokens.claims("sw.smith", "la-north")
                .notBeforeTime(Date.from(Instant.now().plusSeconds(300))).build();
        assertTrue(refused(whoami(tokenOf(early)), true).contains("not valid yet"));
    }

    @Test
    void a_token_of_another_issuer_is_refused() {
        JWTClaimsSet other = TestTokens.claims("sw.smith", "la-north").issuer("https://evil.example").build();
        assertTrue(refused(whoami(tokenOf(other)), true).contains("issuer"));
        JWTClaimsSet none = TestTokens.claims("sw.smith", "la-north").issuer(null).build();
        assertTrue(refused(whoami(tokenOf(none)), true).contains("issuer"));
    }

    @Test
    void a_token_for_another_audience_is_refused_without_echoing_it() {
        JWTClaimsSet other = TestTokens.claims("sw.smith", "la-north").audience(List.of("payroll", "finance")).build();
        String detail = refused(whoami(tokenOf(other)), true);
        assertTrue(detail.contains("audience"));
        assertFalse(detail.contains("payroll"), "the token's own values are not repeated");
        JWTClaimsSet both = TestTokens.claims("sw.smith", "la-north").audience(List.of("payroll", "cypf")).build();
        try (var response = whoami(tokenOf(both))) {
            assertEquals(200, response.status().code(), "an audience list that includes cypf is enough");
        }
    }

    @Test
    void a_bad_signature_is_refused() {
        String good = TestTokens.token("sw.smith", "la-north", "social-worker");
        String[] parts = good.split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                TestTokens.claims("sw.smith", "la-north", "auditor", "administrator").build().toString()
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String detail = refused(whoami("Bearer " + parts[0] + "." + forgedClaims + "." + parts[2]), true);
        assertTrue(detail.contains("signature"), detail);

        // A stranger's key under our key's id.
        RSAKey stranger = new RSAKey.Builder(STRANGER).keyID(TestTokens.signingKey().getKeyID()).build();
        String impostor = TestTokens.sign(TestTokens.claims("sw.smith", "la-north").build(), stranger);
        assertTrue(refused(whoami("Bearer " + impostor), true).contains("signature"));

        // A stranger's key under its own id: no key of the issuer has that id.
        String unknown = TestTokens.sign(TestTokens.claims("sw.smith", "la-north").build(), STRANGER);
        assertTrue(refused(whoami("Bearer " + unknown), true).contains("key id"));
    }

    @Test
    void an_unsigned_token_alg_none_is_refused() {
        String plain = new PlainJWT(TestTokens.claims("sw.smith", "la-north", "administrator").build()).serialize();
        assertTrue(refused(whoami("Bearer " + plain), true).contains("alg none"));
    }

    @Test
    void hs256_signed_with_the_issuers_public_key_is_refused() throws Exception {
        // Algorithm confusion: a verifier that let the token choose would check this HMAC with the public key.
        byte[] publicKey = TestTokens.signingKey().toRSAPublicKey().getEncoded();
        SignedJWT confused = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID(TestTokens.signingKey().getKeyID()).type(JOSEObjectType.JWT).build(),
                TestTokens.claims("sw.smith", "la-north", "administrator").build());
        confused.sign(new MACSigner(publicKey));
        assertTrue(refused(whoami("Bearer " + confused.serialize()), true).contains("algorithm"));
    }

    @Test
    void a_token_without_an_organisation_or_subject_or_with_odd_roles_is_refused() {
        JWTClaimsSet noOrganisation = new JWTClaimsSet.Builder(TestTokens.claims("sw.smith", "x").build())
                .claim(TestTokens.ORGANISATION_CLAIM, null).build();
        assertTrue(refused(whoami(tokenOf(noOrganisation)), true).contains("organisation (claim cypf_org)"));
        JWTClaimsSet numericOrganisation = TestTokens.claims("sw.smith", "x").claim(TestTokens.ORGANISATION_CLAIM, 42).build();
        assertTrue(refused(whoami(tokenOf(numericOrganisation)), true).contains("organisation"));
        JWTClaimsSet noSubject = TestTokens.claims("sw.smith", "la-north").subject(null).build();
        assertTrue(refused(whoami(tokenOf(noSubject)), true).contains("subject"));
        JWTClaimsSet rolesAsText = TestTokens.claims("sw.smith", "la-north").claim(TestTokens.ROLES_CLAIM, "admin").build();
        assertTrue(refused(whoami(tokenOf(rolesAsText)), true).contains("roles"));
        JWTClaimsSet rolesWithNumbers = TestTokens.claims("sw.smith", "la-north")
                .claim(TestTokens.ROLES_CLAIM, List.of("social-worker", 7)).build();
        assertTrue(refused(whoami(tokenOf(rolesWithNumbers)), true).contains("roles"));
    }

    @Test
    void public_paths_pass_without_a_token_and_only_whole_segments_match() {
        try (var response = client.get("/observe/health").request()) {
            assertEquals(200, response.status().code());
            assertFalse(json(response).get("principal").asBoolean(), "no principal on a public path");
        }
        try (var response = client.get("/openapi").request()) {
            assertEquals(200, response.status().code());
        }
        refused(client.get("/observe/healthy").request(), false);
        refused(client.get("/observe/health/../../whoami").request(), false);
    }

    @Test
    void garbage_is_always_a_401_problem_never_a_500_and_never_echoed() {
        String good = TestTokens.token("sw.smith", "la-north");
        List<String> garbage = List.of(
                "Bearer ", "Bearer x", "Bearer a.b.c", "Bearer ...", "Bearer " + "A".repeat(9000),
                "Bearer " + good.substring(0, good.length() - 10), "Bearer " + good + "." + good,
                "Bearer " + good.replace('.', '_'), "Bearer \u00e9t\u00e9", "Bearer tok en", "Bearer ey%%%",
                "Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjF9.AAAA", "Bearer e30.e30.", "Bearer W10.W10.W10",
                "Bearer eyJhbGciOiJub25lIn0.bm90IGpzb24.", "Bearerx " + good, "Bearer\t" + good);
        for (String authorization : garbage) {
            try (var response = whoami(authorization)) {
                assertEquals(401, response.status().code(), authorization.length() > 60
                        ? authorization.substring(0, 60) : authorization);
                assertTrue(response.headers().get(HeaderNames.WWW_AUTHENTICATE).get().startsWith(CHALLENGE));
                String body = response.as(String.class);
                assertTrue(body.contains("caller-not-identified"));
                if (authorization.length() > 12) {
                    assertFalse(body.contains(authorization.substring(7, 12)), "no part of the token in the answer");
                }
            }
        }
    }

    @Test
    void what_a_client_library_would_not_send_is_refused_too() throws Exception {
        String twoHeaders = raw("GET /whoami HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + TestTokens.bearer("a", "b") + "\r\nAuthorization: " + TestTokens.bearer("c", "d")
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(twoHeaders.startsWith("HTTP/1.1 401"), twoHeaders);
        assertTrue(twoHeaders.contains("error=\"invalid_request\""), twoHeaders);

        String traversal = raw("GET /observe/health/../../whoami HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertFalse(traversal.startsWith("HTTP/1.1 200"), "a public prefix does not open other paths: " + traversal);
        assertFalse(traversal.startsWith("HTTP/1.1 500"), traversal);
        String encoded = raw("GET /observe/health/%2e%2e/%2e%2e/whoami HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertFalse(encoded.startsWith("HTTP/1.1 200"), encoded);
        assertFalse(encoded.startsWith("HTTP/1.1 500"), encoded);
    }

    /** Sends {@code request} as it is, bypassing the client library's tidying; returns the answer's status and headers. */
    private String raw(String request) throws Exception {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            int b;
            while ((b = in.read()) != -1) {
                head.append((char) b);
                if (head.toString().endsWith("\r\n\r\n")) {
                    break;
                }
            }
            return head.toString();
        }
    }

    @Test
    void a_header_too_large_for_the_server_is_refused_before_routing_but_never_a_500() {
        try (var response = whoami("Bearer " + "A".repeat(70_000))) {
            assertNotEquals(500, response.status().code());
            assertTrue(response.status().code() >= 400 && response.status().code() < 500,
                    "status " + response.status().code());
        }
    }
}

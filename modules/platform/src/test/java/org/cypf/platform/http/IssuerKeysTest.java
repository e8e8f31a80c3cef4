package org.cypf.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.cypf.kernel.identity.Principal;
import org.cypf.kernel.problem.Unauthenticated;
import org.cypf.platform.security.SecurityConfig;
import org.cypf.platform.security.TokenVerifier;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The issuer's keys fetched over real HTTP from a JWKS endpoint (a small server of the test's own): cached, fetched
 * again when a token names a new key (rotation), not fetched again for every forged key id, kept through an outage.
 */
class IssuerKeysTest {
    private static final String ISSUER = "https://idp.test/realms/cypf";
    private static final RSAKey FIRST = TestTokens.signingKey();
    private static final RSAKey SECOND = TestTokens.newKey();
    private static final AtomicReference<JWKSet> PUBLISHED = new AtomicReference<>();
    private static final AtomicInteger FETCHES = new AtomicInteger();
    private static final AtomicBoolean DOWN = new AtomicBoolean();
    private static WebServer issuer;

    @BeforeAll
    static void startIssuer() {
        issuer = WebServer.builder().port(0).host("localhost").routing(routing -> routing.get("/certs", (req, res) -> {
            if (DOWN.get()) {
                res.status(Status.SERVICE_UNAVAILABLE_503).send();
                return;
            }
            FETCHES.incrementAndGet();
            res.header(HeaderNames.CONTENT_TYPE, "application/json");
            res.send(PUBLISHED.get().toPublicJWKSet().toString().getBytes(StandardCharsets.UTF_8));
        })).build().start();
    }

    @AfterAll
    static void stopIssuer() {
        issuer.stop();
    }

    @BeforeEach
    void publishFirstKeyOnly() {
        PUBLISHED.set(new JWKSet(FIRST.toPublicJWK()));
        FETCHES.set(0);
        DOWN.set(false);
    }

    private static SecurityConfig config(Duration refetchLimit) {
        return new SecurityConfig(ISSUER, "cypf", URI.create("http://localhost:" + issuer.port() + "/certs"),
                Duration.ofSeconds(60), "cypf_org", "cypf_roles", List.of(), Duration.ofMinutes(5),
                refetchLimit, SecurityConfig.DevelopmentIssuerSettings.OFF);
    }

    private static TokenVerifier verifier() {
        return TokenVerifier.create(config(SecurityConfig.DEFAULT_JWKS_REFETCH_LIMIT), Optional.empty());
    }

    private static String token(RSAKey key, String user) {
        return TestTokens.sign(TestTokens.claims(user, "la-north", "social-worker").issuer(ISSUER).build(), key);
    }

    @Test
    void keys_are_fetched_once_and_then_cached() {
        TokenVerifier verifier = verifier();
        assertEquals(0, FETCHES.get(), "nothing is fetched before the first token");
        for (int i = 0; i < 5; i++) {
            assertEquals("sw.smith", verifier.verify(token(FIRST, "sw.smith")).userId());
        }
        assertEquals(1, FETCHES.get());
    }

    @Test
    void a_rotated_key_is_fetched_when_a_token_first_names_it_through_the_filter_over_http() {
        WebServer app = WebServer.builder().port(0).host("localhost").routing(routing -> {
            ProblemResponses.register(routing);
            routing.addFilter(new Authentication(verifier()));
            routing.get("/whoami", (req, res) -> res.send(Authentication.requirePrincipal(req).userId()));
        }).build().start();
        try {
            Http1Client client = Http1Client.builder().baseUri("http://localhost:" + app.port()).build();
            try (var response = client.get("/whoami")
                    .header(HeaderNames.AUTHORIZATION, "Bearer " + token(FIRST, "sw.smith")).request()) {
                assertEquals(200, response.status().code());
                assertEquals("sw.smith", response.as(String.class));
            }
            // The issuer rotates: its JWKS now lists the next key beside the current one, then it signs with it.
            PUBLISHED.set(new JWKSet(List.of(FIRST.toPublicJWK(), SECOND.toPublicJWK())));
            try (var response = client.get("/whoami")
                    .header(HeaderNames.AUTHORIZATION, "Bearer " + token(SECOND, "tm.jones")).request()) {
                assertEquals(200, response.status().code(), "the unknown key id made CYPF fetch the keys again");
                assertEquals("tm.jones", response.as(String.class));
            }
            assertEquals(2, FETCHES.get());
        } finally {
            app.stop();
        }
    }

    @Test
    void forged_key_ids_cannot_make_cypf_hammer_the_issuer() {
        TokenVerifier verifier = verifier();
        verifier.verify(token(FIRST, "sw.smith"));
        for (int i = 0; i < 25; i++) {
            RSAKey forged = new RSAKey.Builder(SECOND).keyID("forged-" + i).build();
            Unauthenticated refused = assertThrows(Unauthenticated.class, () -> verifier.verify(token(forged, "x")));
            assertTrue(refused.getMessage().contains("key id"), refused.getMessage());
        }
        assertTrue(FETCHES.get() <= 3, "at most a couple of fetches in the refetch interval, not 26: " + FETCHES.get());
    }

    @Test
    void a_key_published_after_a_burst_of_forged_key_ids_is_picked_up_once_the_refetch_limit_has_passed()
            throws InterruptedException {
        TokenVerifier verifier = TokenVerifier.create(config(Duration.ofMillis(500)), Optional.empty());
        verifier.verify(token(FIRST, "sw.smith"));
        for (int i = 0; i < 10; i++) {
            assertThrows(Unauthenticated.class, () -> verifier.verify(token(SECOND, "tm.jones")));
        }
        assertTrue(FETCHES.get() <= 3, "fetches: " + FETCHES.get());
        PUBLISHED.set(new JWKSet(List.of(FIRST.toPublicJWK(), SECOND.toPublicJWK())));
        Thread.sleep(600);
        assertEquals("tm.jones", verifier.verify(token(SECOND, "tm.jones")).userId());
    }

    @Test
    void es256_keys_are_accepted() throws Exception {
        ECKey ec = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                .keyID("ec-1").generate();
        PUBLISHED.set(new JWKSet(List.of(FIRST.toPublicJWK(), ec.toPublicJWK())));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec-1")
                .type(new JOSEObjectType("at+jwt")).build(),
                TestTokens.claims("hv.patel", "nhs-trust", "health-visitor").issuer(ISSUER).build());
        jwt.sign(new ECDSASigner(ec));
        Principal principal = verifier().verify(jwt.serialize());
        assertEquals("hv.patel", principal.userId());
        assertEquals("nhs-trust", principal.organisation());
        assertEquals(ISSUER, principal.issuer());
    }

    @Test
    void an_unreachable_issuer_is_a_refusal_not_a_failure_and_cached_keys_outlast_an_outage() {
        DOWN.set(true);
        TokenVerifier cold = verifier();
        Unauthenticated refused = assertThrows(Unauthenticated.class, () -> cold.verify(token(FIRST, "sw.smith")));
        assertTrue(refused.getMessage().contains("could not be fetched"), refused.getMessage());

        DOWN.set(false);
        TokenVerifier warm = verifier();
        warm.verify(token(FIRST, "sw.smith"));
        DOWN.set(true);
        assertEquals("tm.jones", warm.verify(token(FIRST, "tm.jones")).userId());
    }

    @Test
    void the_test_issuers_tokens_are_not_trusted_by_a_verifier_of_another_issuer() {
        Unauthenticated refused = assertThrows(Unauthenticated.class,
                () -> verifier().verify(TestTokens.token("sw.smith", "la-north")));
        assertTrue(refused.getMessage().contains("issuer"));
        assertEquals(0, FETCHES.get(), "an untrusted issuer costs no fetch");
    }
}

package org.cypf.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cypf.platform.security.DevelopmentIssuer;
import org.cypf.platform.security.SecurityConfig;
import org.cypf.platform.security.TokenVerifier;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Reading section {@code security}, and the start-up errors that keep an unsafe configuration from running. */
class SecurityConfigsTest {
    private static final String ISSUER = "https://login.example.org/realms/cypf";

    private static Config security(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put("security." + pairs[i], pairs[i + 1]);
        }
        map.put("other.key", "so the root is never empty");
        return Config.just(ConfigSources.create(map)).get("security");
    }

    private static String startUpError(Config security) {
        return assertThrows(IllegalStateException.class, () -> SecurityConfigs.read(security)).getMessage();
    }

    @Test
    void an_issuer_with_its_keys_and_defaults_for_the_rest() {
        SecurityConfig config = SecurityConfigs.read(security("issuer", ISSUER, "jwks-url", ISSUER + "/certs",
                "public-paths.0", "/directory/", "public-paths.1", "/openapi"));
        assertEquals(ISSUER, config.issuer());
        assertEquals(URI.create(ISSUER + "/certs"), config.jwksUrl());
        assertEquals("cypf", config.audience());
        assertEquals(Duration.ofSeconds(60), config.clockSkew());
        assertEquals("cypf_org", config.organisationClaim());
        assertEquals("cypf_roles", config.rolesClaim());
        assertEquals(List.of("GET,HEAD /observe/health", "GET,HEAD /openapi", "GET,HEAD /directory"),
                config.publicPaths().stream().map(Object::toString).toList());
        assertFalse(config.developmentIssuer().enabled());
        assertTrue(config.isPublic("GET", "/directory/services"));
        assertTrue(config.isPublic("HEAD", "/directory/services"));
        assertFalse(config.isPublic("POST", "/directory/services"), "a path named alone is public to reads only");
        assertTrue(config.isPublic("GET", "/observe/health"));
        assertFalse(config.isPublic("GET", "/observe/healthy"));
        assertFalse(config.isPublic("GET", "/children"));
    }

    @Test
    void a_public_path_names_its_methods_and_a_write_it_does_not_name_still_needs_a_token() {
        SecurityConfig config = SecurityConfigs.read(security("issuer", ISSUER, "jwks-url", ISSUER + "/certs",
                "public-paths.0", "GET /family-support/family-hubs", "public-paths.1", "GET, POST /feedback"));
        assertTrue(config.isPublic("GET", "/family-support/family-hubs/7/schedules"));
        assertTrue(config.isPublic("HEAD", "/family-support/family-hubs"), "GET admits HEAD");
        assertFalse(config.isPublic("PUT", "/family-support/family-hubs/7/schedules"));
        assertFalse(config.isPublic("DELETE", "/family-support/family-hubs"));
        assertTrue(config.isPublic("POST", "/feedback"));
        assertFalse(config.isPublic("PUT", "/feedback"));
        assertTrue(config.withPublicPaths(List.of("/dev-issuer")).isPublic("POST", "/dev-issuer/token"),
                "a path added in code for routes with credentials of their own admits every method");
        String bad = assertThrows(IllegalArgumentException.class, () -> SecurityConfigs.read(security("issuer", ISSUER,
                "jwks-url", ISSUER + "/certs", "public-paths.0", "get /family-support/family-hubs"))).getMessage();
        assertTrue(bad.contains("get /family-support/family-hubs") && bad.contains("HTTP method"), bad);
        assertThrows(IllegalArgumentException.class, () -> SecurityConfigs.read(security("issuer", ISSUER,
                "jwks-url", ISSUER + "/certs", "public-paths.0", "GET")));
    }

    @Test
    void over_http_a_put_without_a_token_is_refused_where_the_get_on_the_same_path_is_answered() {
        SecurityConfig config = SecurityConfig.forIssuer(TestTokens.ISSUER);
        config = new SecurityConfig(config.issuer(), config.audience(), config.jwksUrl(), config.clockSkew(),
                config.organisationClaim(), config.rolesClaim(),
                List.of(SecurityConfig.PublicPath.parse("GET /family-support/family-hubs")), config.jwksCacheTime(),
                config.jwksRefetchLimit(), config.developmentIssuer());
        Authentication filter = new Authentication(TokenVerifier.trusting(config, TestTokens.publicKeys()));
        WebServer server = WebServer.builder().port(0).host("localhost").routing(routing -> {
            ProblemResponses.register(routing);
            routing.addFilter(filter);
            routing.get("/family-support/family-hubs/{hub}/schedules", (req, res) -> res.send("opening times"));
            routing.put("/family-support/family-hubs/{hub}/schedules", (req, res) -> res.send("recorded by "
                    + Authentication.requirePrincipal(req).userId()));
        }).build().start();
        try {
            Http1Client client = Http1Client.builder().baseUri("http://localhost:" + server.port()).build();
            try (var response = client.get("/family-support/family-hubs/7/schedules").request()) {
                assertEquals(200, response.status().code());
                assertEquals("opening times", response.as(String.class));
            }
            try (var response = client.put("/family-support/family-hubs/7/schedules").submit("{}")) {
                assertEquals(401, response.status().code());
                assertEquals(ProblemResponses.MEDIA_TYPE, response.headers().get(HeaderNames.CONTENT_TYPE).get());
                assertTrue(response.headers().get(HeaderNames.WWW_AUTHENTICATE).get().startsWith("Bearer"));
            }
            try (var response = client.put("/family-support/family-hubs/7/schedules")
                    .header(HeaderNames.AUTHORIZATION, TestTokens.bearer("dm.lee", "council", "directory-manager"))
                    .submit("{}")) {
                assertEquals(200, response.status().code());
                assertEquals("recorded by dm.lee", response.as(String.class));
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void every_setting_can_be_changed() {
        SecurityConfig config = SecurityConfigs.read(security("issuer", ISSUER, "jwks-url", ISSUER + "/certs",
                "audience", "cypf-api", "clock-skew-seconds", "5", "organisation-claim", "org",
                "roles-claim", "groups", "jwks-cache-seconds", "60", "jwks-refetch-limit-seconds", "10"));
        assertEquals("cypf-api", config.audience());
        assertEquals(Duration.ofSeconds(5), config.clockSkew());
        assertEquals("org", config.organisationClaim());
        assertEquals("groups", config.rolesClaim());
        assertEquals(Duration.ofSeconds(60), config.jwksCacheTime());
        assertEquals(Duration.ofSeconds(10), config.jwksRefetchLimit());
    }

    @Test
    void no_issuer_at_all_is_a_clear_start_up_error() {
        String error = startUpError(security());
        assertTrue(error.contains("security.issuer") && error.contains("security.development-issuer.enabled"), error);
        assertTrue(startUpError(security("development-issuer.users.0.id", "sw.smith",
                "development-issuer.users.0.organisation", "la-north")).contains("no token issuer"),
                "test users alone do not enable the development issuer");
    }

    @Test
    void unsafe_or_incomplete_settings_are_start_up_errors_naming_the_key() {
        assertTrue(startUpError(security("issuer", ISSUER)).contains("security.jwks-url"));
        assertTrue(startUpError(security("issuer", ISSUER, "jwks-url", "http://login.example.org/certs"))
                .contains("https"));
        assertTrue(startUpError(security("issuer", DevelopmentIssuer.ISSUER, "jwks-url", ISSUER + "/certs"))
                .contains("development issuer"));
        assertTrue(startUpError(security("development-issuer.enabled", "true", "development-issuer.users.0.id", "x"))
                .contains("security.development-issuer.users.0.organisation"));
        assertTrue(startUpError(security("development-issuer.enabled", "true",
                "development-issuer.users.0.id", "x", "development-issuer.users.0.organisation", "a",
                "development-issuer.users.1.id", "x", "development-issuer.users.1.organisation", "b"))
                .contains("listed twice"));
        assertThrows(IllegalArgumentException.class, () -> SecurityConfigs.read(security("issuer", ISSUER,
                "jwks-url", ISSUER + "/certs", "public-paths.0", "/")));
        assertThrows(IllegalArgumentException.class, () -> SecurityConfigs.read(security("issuer", ISSUER,
                "jwks-url", ISSUER + "/certs", "public-paths.0", "/directory/../children")));
        // Plain http is allowed for keys on this machine only.
        assertEquals("localhost", SecurityConfigs.read(security("issuer", ISSUER,
                "jwks-url", "http://localhost:8081/certs")).jwksUrl().getHost());
    }

    @Test
    void the_development_issuer_is_off_unless_enabled_and_its_routes_are_then_not_served() {
        SecurityConfig config = SecurityConfigs.read(security("issuer", ISSUER, "jwks-url", ISSUER + "/certs",
                "development-issuer.users.0.id", "sw.smith", "development-issuer.users.0.organisation", "la-north"));
        assertFalse(config.developmentIssuer().enabled());
        assertEquals(Optional.empty(), DevelopmentIssuer.ifEnabled(config));
        assertThrows(IllegalStateException.class, () -> DevelopmentIssuer.create(config));
        assertEquals(Set.of(ISSUER), TokenVerifier.create(config, Optional.empty()).trustedIssuers());

        WebServer server = WebServer.builder().port(0).host("localhost").routing(routing -> {
            ProblemResponses.register(routing);
            Authentication installed = Authentication.install(routing, config);
            assertTrue(installed.developmentIssuer().isEmpty());
        }).build().start();
        try {
            Http1Client client = Http1Client.builder().baseUri("http://localhost:" + server.port()).build();
            try (var response = client.post("/dev-issuer/token").header(HeaderNames.CONTENT_TYPE, "application/json")
                    .submit("{\"user\":\"sw.smith\"}")) {
                assertEquals(401, response.status().code(), "not public, and no token: no issuer here");
            }
            try (var response = client.get("/dev-issuer/jwks.json").request()) {
                assertEquals(401, response.status().code());
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void an_enabled_development_issuer_must_be_given_to_the_verifier_and_one_not_enabled_must_not() {
        SecurityConfig development = SecurityConfig.developmentOnly(
                Map.of("sw.smith", new SecurityConfig.TestUser("la-north", Set.of("social-worker"))));
        assertThrows(IllegalStateException.class, () -> TokenVerifier.create(development, Optional.empty()));
        DevelopmentIssuer issuer = DevelopmentIssuer.create(development);
        assertEquals(Set.of(DevelopmentIssuer.ISSUER),
                TokenVerifier.create(development, Optional.of(issuer)).trustedIssuers());
        SecurityConfig production = SecurityConfig.forIssuer(ISSUER);
        assertNull(production.jwksUrl());
        assertThrows(IllegalStateException.class, () -> TokenVerifier.create(production, Optional.of(issuer)));
    }

    @Test
    void a_key_file_keeps_the_development_issuers_key_across_restarts() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("dev-issuer");
        java.nio.file.Path file = dir.resolve("keys/dev-issuer-key.json");
        try {
            SecurityConfig config = SecurityConfigs.read(security("development-issuer.enabled", "true",
                    "development-issuer.key-file", file.toString(), "development-issuer.users.0.id", "sw.smith",
                    "development-issuer.users.0.organisation", "la-north"));
            DevelopmentIssuer first = DevelopmentIssuer.create(config);
            assertTrue(java.nio.file.Files.exists(file));
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                        java.nio.file.Files.getPosixFilePermissions(file)));
            }
            DevelopmentIssuer restarted = DevelopmentIssuer.create(config);
            String token = first.mint("sw.smith");
            assertEquals("sw.smith", TokenVerifier.create(config, Optional.of(restarted)).verify(token).userId(),
                    "a token from before the restart still verifies");
        } finally {
            try (var paths = java.nio.file.Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

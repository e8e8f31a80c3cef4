package org.cypf.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cypf.kernel.identity.Principal;
import org.junit.jupiter.api.Test;

/**
 * The authorisation code flow against the development sign-in, with a stand-in verifier that accepts only the tokens
 * the stand-in issuer minted (as the api's verifier accepts only its issuers' signatures).
 */
class SessionsTest {
    private static final URI CALLBACK = URI.create("http://localhost:8080/web/signed-in");

    private final MutableClock clock = new MutableClock();
    private final DevelopmentAuthorizationServer dev = new DevelopmentAuthorizationServer(List.of("tm.patel", "sw.smith"),
            user -> "token-for-" + user, "/web", clock);
    private final Sessions sessions = new Sessions(dev, SessionsTest::verify, Duration.ofMinutes(60), clock);

    private static Principal verify(String token) {
        if (!token.startsWith("token-for-")) {
            throw new IllegalArgumentException("not signed");
        }
        return new Principal(token.substring("token-for-".length()), "council", Set.of("social-worker"), "dev");
    }

    private static String query(URI uri, String name) {
        var m = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(uri.toString());
        assertTrue(m.find(), name + " in " + uri);
        return java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aChosenUserGetsASessionOfTheVerifiedToken() {
        var started = sessions.begin("/web/work-queues", CALLBACK);
        String code = dev.grant("sw.smith", query(started.redirect(), "code_challenge"), CALLBACK);
        var done = sessions.complete(started.state(), started.state(), code, CALLBACK);
        assertEquals("sw.smith", done.session().principal().userId());
        assertEquals("/web/work-queues", done.returnTo());
        assertEquals(done.session(), sessions.find(done.session().id()).orElseThrow());
        assertNotEquals(done.session().id(), done.session().csrfToken());
        assertEquals(43, done.session().id().length(), "256 random bits");
    }

    @Test
    void aCallbackWithAnotherBrowsersStateIsRefused() {
        var started = sessions.begin("/web/", CALLBACK);
        String code = dev.grant("sw.smith", query(started.redirect(), "code_challenge"), CALLBACK);
        assertThrows(AuthorizationServer.SignInRefused.class,
                () -> sessions.complete(started.state(), "someone-elses-state", code, CALLBACK));
    }

    @Test
    void aCodeIsUsedOnceAndOnlyWithItsVerifierAndRedirect() {
        var started = sessions.begin("/web/", CALLBACK);
        String challenge = query(started.redirect(), "code_challenge");
        String code = dev.grant("sw.smith", challenge, CALLBACK);
        assertThrows(AuthorizationServer.SignInRefused.class, () -> dev.exchange(code, "wrong-verifier", CALLBACK));
        assertThrows(AuthorizationServer.SignInRefused.class, () -> dev.exchange(code, "any", CALLBACK),
                "the code was spent by the failed attempt");
        String other = dev.grant("sw.smith", challenge, CALLBACK);
        assertThrows(AuthorizationServer.SignInRefused.class,
                () -> sessions.complete(started.state(), started.state(), other, URI.create("http://evil.example/cb")));
    }

    @Test
    void onlyNamedDevelopmentUsersMaySignIn() {
        assertThrows(AuthorizationServer.SignInRefused.class, () -> dev.grant("root", "challenge", CALLBACK));
        assertEquals(List.of("sw.smith", "tm.patel"), dev.users());
    }

    @Test
    void aSessionEndsAtItsLifetimeOrOnSignOut() {
        var started = sessions.begin("/web/", CALLBACK);
        var done = sessions.complete(started.state(), started.state(),
                dev.grant("tm.patel", query(started.redirect(), "code_challenge"), CALLBACK), CALLBACK);
        clock.advance(Duration.ofMinutes(59));
        assertTrue(sessions.find(done.session().id()).isPresent());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(sessions.find(done.session().id()).isEmpty(), "expired after 60 minutes");

        var again = sessions.begin("/web/", CALLBACK);
        var second = sessions.complete(again.state(), again.state(),
                dev.grant("tm.patel", query(again.redirect(), "code_challenge"), CALLBACK), CALLBACK);
        sessions.end(second.session().id());
        assertTrue(sessions.find(second.session().id()).isEmpty());
    }

    @Test
    void aStateIsUsedOnce() {
        var started = sessions.begin("/web/", CALLBACK);
        String challenge = query(started.redirect(), "code_challenge");
        sessions.complete(started.state(), started.state(), dev.grant("sw.smith", challenge, CALLBACK), CALLBACK);
        assertThrows(AuthorizationServer.SignInRefused.class, () -> sessions.complete(started.state(), started.state(),
                dev.grant("sw.smith", challenge, CALLBACK), CALLBACK));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-05T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

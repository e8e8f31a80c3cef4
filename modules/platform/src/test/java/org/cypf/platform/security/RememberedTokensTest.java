package org.cypf.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.cypf.kernel.identity.Principal;
import org.cypf.kernel.problem.Unauthenticated;
import org.cypf.testing.SettableClock;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A verified token is remembered by its text for a short while (ADR 0125), and what a remembered token may not
 * outlive still refuses it: its expiry, its not-before, and the verifier's own memory of it.
 */
class RememberedTokensTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-02T09:00:00Z"));
    private final TokenVerifier verifier = TokenVerifier.trusting(SecurityConfig.forIssuer(TestTokens.ISSUER),
            TestTokens.publicKeys(), clock);

    private String tokenExpiringIn(Duration lifetime) {
        return TestTokens.sign(TestTokens.claims("sw.smith", "la-north", "social-worker")
                .issueTime(Date.from(clock.instant())).expirationTime(Date.from(clock.instant().plus(lifetime))).build());
    }

    @Test
    void a_remembered_token_gives_the_same_principal_without_being_verified_again() {
        String token = tokenExpiringIn(Duration.ofHours(1));
        Principal first = verifier.verify(token);
        assertSame(first, verifier.verify(token), "the second use is answered from memory");
        assertEquals("sw.smith", first.userId());
    }

    @Test
    void a_remembered_token_is_refused_once_it_has_expired() {
        String token = tokenExpiringIn(Duration.ofSeconds(90));
        verifier.verify(token);
        clock.set(clock.instant().plus(Duration.ofSeconds(90)).plus(verifier.config().clockSkew()).plusSeconds(1));
        var refused = assertThrows(Unauthenticated.class, () -> verifier.verify(token));
        assertTrue(refused.getMessage().contains("expired"), refused.getMessage());
    }

    @Test
    void a_token_is_verified_afresh_once_its_memory_has_lapsed_so_a_withdrawn_key_stops_working() {
        // A verifier whose issuer has withdrawn the key that signed the token: the memory of an earlier
        // verification is the only thing that could still accept it, and it lapses after REMEMBERED_FOR.
        String token = tokenExpiringIn(Duration.ofHours(1));
        TokenVerifier rotating = TokenVerifier.trusting(SecurityConfig.forIssuer(TestTokens.ISSUER),
                TestTokens.publicKeys(), clock);
        Principal before = rotating.verify(token);
        clock.set(clock.instant().plus(TokenVerifier.REMEMBERED_FOR).minusSeconds(1));
        assertSame(before, rotating.verify(token), "still remembered just before the memory lapses");
        clock.advance(Duration.ofSeconds(2));
        Principal after = rotating.verify(token);
        assertEquals(before, after, "verified again (same key) once the memory lapsed");
        assertTrue(after != before, "a fresh principal: the signature was checked again, not taken from memory");
        TokenVerifier withdrawn = TokenVerifier.trusting(SecurityConfig.forIssuer(TestTokens.ISSUER),
                new JWKSet(TestTokens.newKey().toPublicJWK()), clock);
        assertThrows(Unauthenticated.class, () -> withdrawn.verify(token), "a verifier without the key refuses it");
    }

    @Test
    void a_token_not_yet_valid_is_refused_and_not_remembered() {
        String early = TestTokens.sign(TestTokens.claims("sw.smith", "la-north")
                .notBeforeTime(Date.from(clock.instant().plus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(clock.instant().plus(Duration.ofHours(1)))).build());
        assertThrows(Unauthenticated.class, () -> verifier.verify(early));
        clock.set(clock.instant().plus(Duration.ofMinutes(11)));
        assertEquals("sw.smith", verifier.verify(early).userId(), "accepted once its not-before has come");
    }
}

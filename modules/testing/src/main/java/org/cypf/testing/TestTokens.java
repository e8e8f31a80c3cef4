package org.cypf.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signed access tokens for HTTP tests, in the shape CYPF's identity provider issues (ADR 0021), from one RSA key
 * made once per test JVM (about 100 ms), so a test can act as any user cheaply:
 *
 * <pre>{@code
 * routing.addFilter(Authentication.trusting(TestTokens.ISSUER, TestTokens.publicKeys()));
 * client.get("/children").header(HeaderNames.AUTHORIZATION, TestTokens.bearer("sw.smith", "la-north", "social-worker"))
 * }</pre>
 *
 * <p>{@link #claims} and {@link #sign} let a test make a token that is wrong in one way (expired, another audience).
 * This module cannot see the platform (the platform's tests use it), so the defaults the platform's verifier
 * expects are repeated here; the platform's tests verify these tokens and fail if the two ever disagree.
 */
public final class TestTokens {
    /** The issuer of these tokens; trust it with {@code Authentication.trusting(ISSUER, publicKeys())}. */
    public static final String ISSUER = "cypf-test-issuer";
    /** The platform's default audience. */
    public static final String AUDIENCE = "cypf";
    /** The platform's default organisation claim. */
    public static final String ORGANISATION_CLAIM = "cypf_org";
    /** The platform's default roles claim. */
    public static final String ROLES_CLAIM = "cypf_roles";
    public static final Duration LIFETIME = Duration.ofHours(1);

    private TestTokens() {}

    private static final class Key {
        static final RSAKey RSA = generate();

        private static RSAKey generate() {
            try {
                return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                        .keyIDFromThumbprint(true).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException("could not make the test signing key", e);
            }
        }
    }

    /** A valid token for {@code userId} of {@code organisation} holding {@code roles}, valid for an hour. */
    public static String token(String userId, String organisation, String... roles) {
        return sign(claims(userId, organisation, roles).build());
    }

    /** {@link #token} as the value of an {@code Authorization} header: {@code Bearer <token>}. */
    public static String bearer(String userId, String organisation, String... roles) {
        return "Bearer " + token(userId, organisation, roles);
    }

    /** The claims of a valid token, to change before {@link #sign}ing. */
    public static JWTClaimsSet.Builder claims(String userId, String organisation, String... roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(userId)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim(ORGANISATION_CLAIM, organisation)
                .claim(ROLES_CLAIM, List.of(roles));
    }

    /** {@code claims} signed RS256 with this JVM's test key (its key id in the header). */
    public static String sign(JWTClaimsSet claims) {
        return sign(claims, signingKey());
    }

    /** {@code claims} signed RS256 with {@code key}, e.g. a key the verifier does not know. */
    public static String sign(JWTClaimsSet claims, RSAKey key) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a test token", e);
        }
        return jwt.serialize();
    }

    /** The public half of this JVM's test key, as a JWKS. */
    public static JWKSet publicKeys() {
        return new JWKSet(Key.RSA.toPublicJWK());
    }

    /** This JVM's test key pair (private half included), for tests that forge tokens on purpose. */
    public static RSAKey signingKey() {
        return Key.RSA;
    }

    /** A new RSA key pair, e.g. an issuer's next key in a rotation test, or a stranger's. */
    public static RSAKey newKey() {
        return Key.generate();
    }
}

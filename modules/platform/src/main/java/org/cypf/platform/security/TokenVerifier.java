package org.cypf.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cypf.kernel.identity.Principal;
import org.cypf.kernel.problem.Unauthenticated;

/**
 * Turns a bearer access token into the {@link Principal} it vouches for, or refuses it (ADR 0021).
 *
 * <p>A token is accepted only if it is a JWS signed with RS256 or ES256 (never {@code none}, never a shared-secret
 * HS* algorithm, so a public key can never be used as an HMAC secret) by a key its issuer publishes; its {@code iss}
 * is a trusted issuer (the configured one, or the development issuer when enabled); its {@code aud} contains the
 * configured audience; it has an {@code exp} not passed and an {@code nbf}, if any, reached, both within the clock
 * skew; and it names a {@code sub} and an organisation. The roles claim, when present, must be an array of strings.
 *
 * <p>The issuer's keys (JWKS) are fetched by nimbus-jose-jwt, cached, fetched again when a token names a key id
 * not in the cache (key rotation) but at most once per {@link SecurityConfig#jwksRefetchLimit()}, and kept in use
 * while the issuer is briefly unreachable.
 *
 * <p>Every refusal is an {@link Unauthenticated} whose message names what failed and never repeats any part of the
 * token, so it can go to the client and to a log.
 *
 * <p>A token that verified is remembered, by its exact text, for at most {@link #REMEMBERED_FOR} (and never past its
 * own expiry): a client sends the same token with every request, and checking its signature again each time was a
 * tenth of a read's CPU (ADR 0124). Expiry and not-before are judged again at every use; at most
 * {@link #MAX_REMEMBERED} tokens are kept.
 */
public final class TokenVerifier {
    /** Longer than any access token a real issuer sends; longer input is refused before it is parsed. */
    public static final int MAX_TOKEN_LENGTH = 8 * 1024;
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    /** Plain "JWT", or RFC 9068's access-token type; a token may also carry no type at all. */
    static final Set<JOSEObjectType> ACCESS_TOKEN_TYPES = Set.of(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"));
    private static final Logger LOG = Logger.getLogger(TokenVerifier.class.getName());
    /**
     * How long a verified token is taken on its text alone: short, so a key the issuer withdraws stops being
     * accepted within minutes, as its JWKS cache would also make it.
     */
    public static final java.time.Duration REMEMBERED_FOR = java.time.Duration.ofMinutes(2);
    /** Tokens remembered at most (about 3 KB each); past it the memory is emptied and refilled by use. */
    static final int MAX_REMEMBERED = 10_000;

    /** A token that verified, with the times that still limit it. */
    private record Verified(Principal principal, Instant expiry, Instant notBefore, Instant forgetAt) {}

    private final java.util.concurrent.ConcurrentHashMap<String, Verified> verified =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final SecurityConfig config;
    private final Map<String, DefaultJWTProcessor<SecurityContext>> processors;
    private final Clock clock;

    private TokenVerifier(SecurityConfig config, Map<String, JWKSource<SecurityContext>> keysByIssuer, Clock clock) {
        this.config = config;
        this.clock = clock;
        Map<String, DefaultJWTProcessor<SecurityContext>> byIssuer = new LinkedHashMap<>();
        keysByIssuer.forEach((issuer, keys) -> byIssuer.put(issuer, processor(keys)));
        this.processors = Map.copyOf(byIssuer);
    }

    /**
     * A verifier for {@code config}: it trusts the configured issuer, whose keys it fetches from
     * {@code security.jwks-url}, and the development issuer if {@code developmentIssuer} is given (in process, no
     * HTTP fetch).
     *
     * @throws IllegalStateException if {@code config} does not pass {@link SecurityConfig#checked()}, or if the
     *                               development issuer is enabled but not given (or given but not enabled)
     */
    public static TokenVerifier create(SecurityConfig config, Optional<DevelopmentIssuer> developmentIssuer) {
        return create(config, developmentIssuer, Clock.systemUTC());
    }

    /** As {@link #create(SecurityConfig, Optional)}, judging expiry by {@code clock}. */
    public static TokenVerifier create(SecurityConfig config, Optional<DevelopmentIssuer> developmentIssuer,
                                       Clock clock) {
        config.checked();
        if (config.developmentIssuer().enabled() != developmentIssuer.isPresent()) {
            throw new IllegalStateException(config.developmentIssuer().enabled()
                    ? "security.development-issuer is enabled but no development issuer was started"
                    : "a development issuer was given but security.development-issuer.enabled is not true");
        }
        Map<String, JWKSource<SecurityContext>> keys = new LinkedHashMap<>();
        if (config.issuer() != null) {
            keys.put(config.issuer(), remoteKeys(config));
        }
        // Asked for at each verification, not now: the issuer makes its key off the start path (ADR 0110).
        developmentIssuer.ifPresent(issuer -> keys.put(DevelopmentIssuer.ISSUER,
                (selector, context) -> selector.select(issuer.publicKeys())));
        return new TokenVerifier(config, keys, clock);
    }

    /**
     * A verifier that trusts only {@code config.issuer()}, whose public keys are {@code keys} (no fetching): for
     * tests (the test support's {@code TestTokens}) and for an issuer whose keys are pinned.
     */
    public static TokenVerifier trusting(SecurityConfig config, JWKSet keys) {
        return trusting(config, keys, Clock.systemUTC());
    }

    /** As {@link #trusting(SecurityConfig, JWKSet)}, judging expiry by {@code clock}. */
    public static TokenVerifier trusting(SecurityConfig config, JWKSet keys, Clock clock) {
        String issuer = Objects.requireNonNull(config.issuer(), "the issuer to trust");
        return new TokenVerifier(config, Map.of(issuer, new ImmutableJWKSet<>(keys.toPublicJWKSet())), clock);
    }

    /** The settings this verifier applies. */
    public SecurityConfig config() {
        return config;
    }

    /** The issuers whose tokens this verifier accepts. */
    public Set<String> trustedIssuers() {
        return processors.keySet();
    }

    /**
     * The principal {@code token} vouches for.
     *
     * @param token the compact serialised JWT (without {@code Bearer })
     * @throws Unauthenticated naming what failed, never quoting the token
     */
    public Principal verify(String token) {
        if (token == null || token.isEmpty()) {
            throw new Unauthenticated("no bearer token was given");
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new Unauthenticated("the bearer token is longer than " + MAX_TOKEN_LENGTH + " characters");
        }
        Verified known = verified.get(token);
        if (known != null) {
            Instant now = clock.instant();
            if (now.isBefore(known.forgetAt())) {
                checkTimes(now, known.expiry(), known.notBefore());
                return known.principal();
            }
            verified.remove(token, known);
        }
        SignedJWT signed = signedJwt(token);
        JWSAlgorithm algorithm = signed.getHeader().getAlgorithm();
        if (!ALGORITHMS.contains(algorithm)) {
            throw new Unauthenticated("the token's signing algorithm is not accepted (only RS256 and ES256 are)");
        }
        JOSEObjectType type = signed.getHeader().getType();
        if (type != null && !ACCESS_TOKEN_TYPES.contains(type)) {
            throw new Unauthenticated("the token's type (typ) is not that of an access token");
        }
        // The issuer is read before the signature is checked only to choose whose keys check it; the processor's
        // result is what counts, and the issuer is compared again below.
        String claimedIssuer = unverifiedIssuer(signed);
        DefaultJWTProcessor<SecurityContext> processor = processors.get(claimedIssuer);
        if (processor == null) {
            throw new Unauthenticated("the token's issuer (iss) is not one CYPF trusts");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(signed, null);
        } catch (BadJWSException e) {
            throw new Unauthenticated("the token's signature does not verify with the issuer's keys");
        } catch (BadJOSEException e) {
            // No key with the token's key id and algorithm, even after fetching the issuer's keys again.
            throw new Unauthenticated("no key of the issuer matches the token's key id and algorithm");
        } catch (RateLimitReachedException e) {
            // An unknown key id, and the keys were fetched again only moments ago: not worth another fetch.
            throw new Unauthenticated("no key of the issuer matches the token's key id and algorithm");
        } catch (KeySourceException e) {
            LOG.log(Level.WARNING, "the signing keys of issuer {0} could not be fetched: {1}",
                    new Object[] {claimedIssuer, e.getClass().getSimpleName()});
            throw new Unauthenticated("the issuer's signing keys could not be fetched just now; try again shortly");
        } catch (JOSEException | RuntimeException e) {
            throw new Unauthenticated("the token could not be verified");
        }
        Principal principal = principalOf(claims, claimedIssuer);
        remember(token, principal, claims);
        return principal;
    }

    private void remember(String token, Principal principal, JWTClaimsSet claims) {
        Instant expiry = claims.getExpirationTime().toInstant();
        Instant notBefore = claims.getNotBeforeTime() == null ? null : claims.getNotBeforeTime().toInstant();
        Instant forgetAt = clock.instant().plus(REMEMBERED_FOR);
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(token, new Verified(principal, expiry, notBefore, forgetAt));
    }

    /** Expiry and not-before, each within the clock skew: judged at every use, remembered or not. */
    private void checkTimes(Instant now, Instant expiry, Instant notBefore) {
        if (now.isAfter(expiry.plus(config.clockSkew()))) {
            throw new Unauthenticated("the token has expired (exp)");
        }
        if (notBefore != null && now.plus(config.clockSkew()).isBefore(notBefore)) {
            throw new Unauthenticated("the token is not valid yet (nbf)");
        }
    }

    private Principal principalOf(JWTClaimsSet claims, String issuer) {
        if (!issuer.equals(claims.getIssuer())) {
            throw new Unauthenticated("the token's issuer (iss) is not one CYPF trusts");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(config.audience())) {
            throw new Unauthenticated("the token's audience (aud) does not include CYPF's audience '"
                    + config.audience() + "'");
        }
        Instant now = clock.instant();
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            throw new Unauthenticated("the token has no expiry time (exp)");
        }
        Date notBefore = claims.getNotBeforeTime();
        checkTimes(now, expiry.toInstant(), notBefore == null ? null : notBefore.toInstant());
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new Unauthenticated("the token names no subject (sub)");
        }
        Object organisation = claims.getClaim(config.organisationClaim());
        if (!(organisation instanceof String org) || org.isBlank()) {
            throw new Unauthenticated("the token names no organisation (claim " + config.organisationClaim() + ")");
        }
        return new Principal(subject, org, roles(claims), issuer);
    }

    private Set<String> roles(JWTClaimsSet claims) {
        Object value = claims.getClaim(config.rolesClaim());
        if (value == null) {
            return Set.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new Unauthenticated("the token's roles (claim " + config.rolesClaim() + ") are not a list of text");
        }
        Set<String> roles = new LinkedHashSet<>();
        for (Object role : list) {
            if (!(role instanceof String text) || text.isBlank()) {
                throw new Unauthenticated("the token's roles (claim " + config.rolesClaim()
                        + ") are not a list of text");
            }
            roles.add(text);
        }
        return roles;
    }

    private static SignedJWT signedJwt(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw new Unauthenticated("the bearer token is not a well-formed JWT");
        }
        return switch (jwt) {
            case SignedJWT signed -> signed;
            case PlainJWT ignored -> throw new Unauthenticated("the token is not signed (alg none is refused)");
            case EncryptedJWT ignored -> throw new Unauthenticated("encrypted tokens are not accepted");
            default -> throw new Unauthenticated("the bearer token is not a signed JWT");
        };
    }

    private static String unverifiedIssuer(SignedJWT signed) {
        try {
            String issuer = signed.getJWTClaimsSet().getIssuer();
            if (issuer == null) {
                throw new Unauthenticated("the token names no issuer (iss)");
            }
            return issuer;
        } catch (ParseException | RuntimeException e) {
            if (e instanceof Unauthenticated refused) {
                throw refused;
            }
            throw new Unauthenticated("the token's claims are not a well-formed JSON object");
        }
    }

    private static DefaultJWTProcessor<SecurityContext> processor(JWKSource<SecurityContext> keys) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        Set<JOSEObjectType> types = new java.util.HashSet<>(ACCESS_TOKEN_TYPES);
        types.add(null);
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(types));
        // Claims are checked by principalOf, with refusals that name the claim and never echo its value.
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
        return processor;
    }

    private static JWKSource<SecurityContext> remoteKeys(SecurityConfig config) {
        try {
            var retriever = new DefaultResourceRetriever(2_000, 2_000, 256 * 1024);
            return JWKSourceBuilder.<SecurityContext>create(config.jwksUrl().toURL(), retriever)
                    .cache(config.jwksCacheTime().toMillis(), 5_000)
                    .refreshAheadCache(false)
                    .rateLimited(config.jwksRefetchLimit().toMillis())
                    .retrying(true)
                    .outageTolerant(config.jwksCacheTime().toMillis() * 12)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("security.jwks-url is not a valid address", e);
        }
    }
}

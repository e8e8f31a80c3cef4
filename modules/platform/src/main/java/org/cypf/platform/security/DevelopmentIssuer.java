package org.cypf.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.security.SecurityConfig.TestUser;

/**
 * An issuer of access tokens that CYPF runs itself, for local runs and tests only (ADR 0021): it holds an RSA key
 * pair (new at each start, or kept in {@code security.development-issuer.key-file}) and mints RS256 tokens for the
 * named test users of its configuration, in the same shape as the real identity provider's.
 *
 * <p>Safe by construction rather than by care: it exists only when {@code security.development-issuer.enabled} is
 * {@code true} ({@link #ifEnabled} returns nothing otherwise, and {@link #create} refuses), its tokens carry its own
 * issuer string {@value #ISSUER}, which a verifier trusts only when this issuer was enabled in the same process,
 * and its key never leaves the process (or the key file) - so no token it mints is accepted by a CYPF configured
 * without it. Its HTTP routes ({@code /dev-issuer/jwks.json}, {@code /dev-issuer/token}) are in
 * {@code org.cypf.platform.http.DevelopmentIssuerRoutes}.
 */
public final class DevelopmentIssuer {
    /** The {@code iss} of every token this issuer mints, and the only one under which a verifier trusts its key. */
    public static final String ISSUER = "cypf-development-issuer";

    private final SecurityConfig config;
    /**
     * Made off the start path (ADR 0110): a new 2048-bit RSA key took a third of CYPF's start-up CPU, and nothing
     * needs it until the first token is minted or verified.
     */
    private final CompletableFuture<RSAKey> key;
    /** Its public half, made once: every verification of one of its tokens asks for it. */
    private final CompletableFuture<JWKSet> publicKeys;
    private final Clock clock;

    private DevelopmentIssuer(SecurityConfig config, CompletableFuture<RSAKey> key, Clock clock) {
        this.config = config;
        this.key = key;
        this.publicKeys = key.thenApply(k -> new JWKSet(k.toPublicJWK()));
        this.clock = clock;
    }

    /** The development issuer if {@code config} enables it; nothing otherwise. */
    public static Optional<DevelopmentIssuer> ifEnabled(SecurityConfig config) {
        return config.developmentIssuer().enabled() ? Optional.of(create(config)) : Optional.empty();
    }

    /**
     * Starts the development issuer: loads its key from the key file, or makes one (and writes it there, readable by
     * the owner only, if a key file is configured).
     *
     * @throws IllegalStateException if {@code config} does not enable it, or its key file cannot be read or written
     */
    public static DevelopmentIssuer create(SecurityConfig config) {
        return create(config, Clock.systemUTC());
    }

    /** As {@link #create(SecurityConfig)}, stamping tokens by {@code clock}. */
    public static DevelopmentIssuer create(SecurityConfig config, Clock clock) {
        if (!config.developmentIssuer().enabled()) {
            throw new IllegalStateException("the development issuer is off; it runs only with "
                    + "security.development-issuer.enabled: true");
        }
        String keyFile = config.developmentIssuer().keyFile();
        CompletableFuture<RSAKey> key = keyFile == null
                ? CompletableFuture.supplyAsync(DevelopmentIssuer::newKey, KEY_MAKER)
                : CompletableFuture.completedFuture(keptKey(Path.of(keyFile)));
        return new DevelopmentIssuer(config, key, clock);
    }

    private static final java.util.concurrent.Executor KEY_MAKER = task -> Thread.ofPlatform().daemon()
            .name("cypf-development-issuer-key").start(task);

    /** The public half of its key, as the JWKS it serves. */
    public JWKSet publicKeys() {
        return joined(publicKeys);
    }

    private RSAKey key() {
        return joined(key);
    }

    private static <T> T joined(CompletableFuture<T> made) {
        try {
            return made.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The named test users it mints tokens for. */
    public Set<String> users() {
        return config.developmentIssuer().users().keySet();
    }

    /** How long its tokens are valid. */
    public Duration tokenLifetime() {
        return config.developmentIssuer().tokenLifetime();
    }

    /**
     * A token for the named test user {@code userId}, with the organisation and roles configured for them.
     *
     * @throws InvalidInput on field {@code user} if no such test user is configured
     */
    public String mint(String userId) {
        TestUser user = userId == null ? null : config.developmentIssuer().users().get(userId);
        if (user == null) {
            throw InvalidInput.of("user", userId == null ? "is required"
                    : "is not a test user of the development issuer");
        }
        return mint(userId, user.organisation(), user.roles());
    }

    /** A token for any user, organisation and roles: for tests that need a caller the configuration does not name. */
    public String mint(String userId, String organisation, Set<String> roles) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(Objects.requireNonNull(userId, "userId"))
                .audience(config.audience())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(tokenLifetime())))
                .jwtID(UUID.randomUUID().toString())
                .claim(config.organisationClaim(), Objects.requireNonNull(organisation, "organisation"))
                .claim(config.rolesClaim(), List.copyOf(roles))
                .build();
        RSAKey key = key();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("the development issuer could not sign a token", e);
        }
        return jwt.serialize();
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("the development issuer could not make a key pair", e);
        }
    }

    private static RSAKey keptKey(Path file) {
        try {
            if (Files.exists(file)) {
                JWK jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
                if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate()) {
                    throw new IllegalStateException("security.development-issuer.key-file does not hold an RSA "
                            + "private key (JSON Web Key)");
                }
                return rsa;
            }
            RSAKey key = newKey();
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, key.toJSONString(), StandardCharsets.UTF_8);
            return key;
        } catch (FileAlreadyExistsException e) {
            return keptKey(file);
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("security.development-issuer.key-file could not be read or written: "
                    + e.getClass().getSimpleName(), e);
        }
    }
}

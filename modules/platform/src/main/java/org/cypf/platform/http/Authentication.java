package org.cypf.platform.http;

import com.nimbusds.jose.jwk.JWKSet;
import io.helidon.config.Config;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.cypf.kernel.identity.Principal;
import org.cypf.kernel.problem.Unauthenticated;
import org.cypf.platform.security.DevelopmentIssuer;
import org.cypf.platform.security.SecurityConfig;
import org.cypf.platform.security.TokenVerifier;

/**
 * Lets a request reach a route only if it carries a valid bearer access token (RFC 6750), and tells the route who
 * is asking: {@link #principal(ServerRequest)} (ADR 0021). Requests under the configured public prefixes, with a
 * method the prefix names (GET and HEAD of health, the OpenAPI document and the public directory; every method of the
 * development issuer's routes when it runs), pass without a token (ADR 0085).
 *
 * <p>Any other request without a valid token is answered here, never passed on: 401 {@code application/problem+json}
 * whose detail names what failed, with {@code WWW-Authenticate: Bearer realm="cypf"} and, for a token that was sent
 * but refused, {@code error="invalid_token"} and a description. Nothing a client can send (no header, a huge one,
 * garbage, a token with a forbidden algorithm) makes it answer anything else. Neither the token nor anything in it is
 * logged.
 */
public final class Authentication implements Filter {
    public static final String REALM = "cypf";
    private static final Logger LOG = Logger.getLogger(Authentication.class.getName());
    /** RFC 6750's b64token. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer +(.*)");

    private final TokenVerifier verifier;
    private final SecurityConfig paths;
    private final Optional<DevelopmentIssuer> developmentIssuer;

    /** Checks tokens with {@code verifier}; the public paths are its configuration's. */
    public Authentication(TokenVerifier verifier) {
        this(verifier, Optional.empty());
    }

    private Authentication(TokenVerifier verifier, Optional<DevelopmentIssuer> developmentIssuer) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.developmentIssuer = developmentIssuer;
        this.paths = developmentIssuer.isPresent()
                ? verifier.config().withPublicPaths(List.of(DevelopmentIssuerRoutes.PATH))
                : verifier.config();
    }

    /**
     * Everything the application needs, in one call: reads section {@code security} of the configuration (see
     * {@link SecurityConfigs#read}), starts the development issuer if it is enabled and mounts its routes, and adds
     * the filter to {@code routing}.
     *
     * @throws IllegalStateException with the key to fix, if the configuration trusts no issuer or is unsafe
     */
    public static Authentication install(HttpRouting.Builder routing, Config security) {
        return install(routing, SecurityConfigs.read(security));
    }

    /** As {@link #install(HttpRouting.Builder, Config)}, with settings already read. */
    public static Authentication install(HttpRouting.Builder routing, SecurityConfig config) {
        Optional<DevelopmentIssuer> developmentIssuer = DevelopmentIssuer.ifEnabled(config);
        Authentication authentication =
                new Authentication(TokenVerifier.create(config, developmentIssuer), developmentIssuer);
        routing.addFilter(authentication);
        developmentIssuer.ifPresent(issuer -> routing.register(new DevelopmentIssuerRoutes(issuer)));
        return authentication;
    }

    /**
     * A filter that accepts tokens of {@code issuer} signed with one of {@code keys}, with the default audience
     * ({@value SecurityConfig#DEFAULT_AUDIENCE}), claims and public paths: for HTTP tests, with the test support's
     * {@code TestTokens.ISSUER} and {@code TestTokens.publicKeys()}.
     */
    public static Authentication trusting(String issuer, JWKSet keys) {
        return new Authentication(TokenVerifier.trusting(SecurityConfig.forIssuer(issuer), keys));
    }

    /** Who is asking, if the request passed this filter with a token (empty on a public path). */
    public static Optional<Principal> principal(ServerRequest req) {
        return req.context().get(Principal.class);
    }

    /**
     * Who is asking, for a route that cannot answer without knowing.
     *
     * @throws Unauthenticated if no token was verified for this request (a public path, or no filter installed)
     */
    public static Principal requirePrincipal(ServerRequest req) {
        return principal(req).orElseThrow(() -> new Unauthenticated("the request carries no verified bearer token"));
    }

    /** The development issuer that {@link #install} started, if the configuration enabled it. */
    public Optional<DevelopmentIssuer> developmentIssuer() {
        return developmentIssuer;
    }

    /** The verifier this filter asks. */
    public TokenVerifier verifier() {
        return verifier;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (paths.isPublic(req.prologue().method().text(), req.path().path())) {
            chain.proceed();
            return;
        }
        List<String> authorization = req.headers().all(HeaderNames.AUTHORIZATION, List::of);
        if (authorization.isEmpty()) {
            refuse(req, res, "the request carries no bearer token (Authorization: Bearer ...)", null);
            return;
        }
        if (authorization.size() > 1) {
            refuse(req, res, "the request carries more than one Authorization header", "invalid_request");
            return;
        }
        var bearer = BEARER.matcher(authorization.getFirst());
        if (!bearer.matches()) {
            // Another scheme (Basic, say): RFC 6750 answers as if no credentials were sent.
            refuse(req, res, "the request carries no bearer token (Authorization: Bearer ...)", null);
            return;
        }
        String token = bearer.group(1).strip();
        Principal principal;
        try {
            if (token.length() > TokenVerifier.MAX_TOKEN_LENGTH) {
                throw new Unauthenticated("the bearer token is longer than " + TokenVerifier.MAX_TOKEN_LENGTH
                        + " characters");
            }
            if (!TOKEN.matcher(token).matches()) {
                throw new Unauthenticated("the bearer token has characters a token cannot have");
            }
            principal = verifier.verify(token);
        } catch (Unauthenticated refused) {
            refuse(req, res, refused.getMessage(), "invalid_token");
            return;
        } catch (RuntimeException e) {
            // A defect of ours or of the library; the client still only learns that its token was not accepted.
            LOG.log(Level.WARNING, "token verification failed with {0}", e.getClass().getName());
            refuse(req, res, "the token could not be verified", "invalid_token");
            return;
        }
        req.context().register(principal);
        chain.proceed();
    }

    private static void refuse(RoutingRequest req, RoutingResponse res, String reason, String error) {
        LOG.log(Level.FINE, "refused an unauthenticated request: {0}", reason);
        String challenge = "Bearer realm=\"" + REALM + "\"";
        if (error != null) {
            challenge += ", error=\"" + error + "\", error_description=\"" + quotable(reason) + "\"";
        }
        res.header(HeaderNames.WWW_AUTHENTICATE, challenge);
        ProblemResponses.send(req, res, new Unauthenticated(reason));
    }

    /** RFC 6750 allows only printable ASCII but '"' and '\' in error_description. */
    private static String quotable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c <= 0x7e && c != '"' && c != '\\' ? c : '?');
        }
        return out.toString();
    }
}

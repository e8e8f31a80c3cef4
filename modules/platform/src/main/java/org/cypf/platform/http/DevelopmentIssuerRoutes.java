package org.cypf.platform.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cypf.kernel.problem.DomainProblem;
import org.cypf.platform.security.DevelopmentIssuer;

/**
 * The development issuer over HTTP (ADR 0021), mounted by {@link Authentication#install} only when it is enabled:
 * {@code GET /dev-issuer/jwks.json} serves its public key, {@code POST /dev-issuer/token} with
 * {@code {"user": "sw.smith"}} mints a token for that named test user:
 * {@code {"access_token": "...", "token_type": "Bearer", "expires_in": 3600}}. An unknown user is a 400 problem
 * naming field {@code user}. These paths need no token themselves.
 */
public final class DevelopmentIssuerRoutes implements HttpService {
    public static final String PATH = "/dev-issuer";

    private final DevelopmentIssuer issuer;

    public DevelopmentIssuerRoutes(DevelopmentIssuer issuer) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
    }

    /** What {@code POST /dev-issuer/token} takes. */
    public record TokenRequest(String user) {}

    @Override
    public void routing(HttpRules rules) {
        rules.get(PATH + "/jwks.json", this::keys)
                .post(PATH + "/token", this::token);
    }

    private void keys(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CONTENT_TYPE, JsonBodies.MEDIA_TYPE);
        res.send(issuer.publicKeys().toPublicJWKSet().toString().getBytes(StandardCharsets.UTF_8));
    }

    private void token(ServerRequest req, ServerResponse res) {
        String token;
        try {
            token = issuer.mint(JsonBodies.read(req, TokenRequest.class).user());
        } catch (DomainProblem problem) {
            ProblemResponses.send(req, res, problem);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("token_type", "Bearer");
        body.put("expires_in", issuer.tokenLifetime().toSeconds());
        // RFC 6749 section 5.1: a token response is never cached.
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.header(HeaderNames.PRAGMA, "no-cache");
        JsonBodies.send(res, Status.OK_200, body);
    }
}

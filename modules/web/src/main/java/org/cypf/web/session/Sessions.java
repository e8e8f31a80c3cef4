package org.cypf.web.session;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.cypf.kernel.identity.Principal;

/**
 * Sign-in by the authorisation code flow with PKCE, and the sessions it opens (ADR 0081). The flow's steps:
 * {@link #begin} remembers a pending sign-in under a random state (the browser keeps the state in a short cookie) and
 * answers where to send the browser; {@link #complete} checks that the state that comes back is the cookie's,
 * exchanges the code with the verifier, verifies the access token with the api's verifier and opens a session. The
 * sessions are kept in memory: a restart signs everybody out.
 */
public final class Sessions {
    private static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);
    private static final int MAX_PENDING = 10_000;

    private record Pending(String codeVerifier, String returnTo, Instant expiresAt) {}

    private final AuthorizationServer server;
    private final Function<String, Principal> verifier;
    private final Duration lifetime;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();

    /**
     * @param verifier the api's token verifier: a token it refuses throws, and no session opens
     * @param lifetime how long a session lasts without signing in again
     */
    public Sessions(AuthorizationServer server, Function<String, Principal> verifier, Duration lifetime, Clock clock) {
        this.server = Objects.requireNonNull(server, "server");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public AuthorizationServer server() {
        return server;
    }

    /** A sign-in begun: the state for the browser's cookie, and where to send it. */
    public record Started(String state, URI redirect) {}

    public Started begin(String returnTo, URI redirectUri) {
        Instant now = clock.instant();
        pending.values().removeIf(p -> !now.isBefore(p.expiresAt()));
        if (pending.size() >= MAX_PENDING) {
            throw new AuthorizationServer.SignInRefused("Too many sign-ins are under way; try again in a few minutes");
        }
        String state = Secrets.random();
        String verifierText = Secrets.random();
        pending.put(state, new Pending(verifierText, returnTo, now.plus(PENDING_LIFETIME)));
        return new Started(state, server.authorizationRequest(state, Secrets.s256(verifierText), redirectUri));
    }

    /** A signed-in session, and the page the user was going to. */
    public record Completed(WebSession session, String returnTo) {}

    /**
     * @param stateFromCookie the state the browser kept when it was sent to sign in
     * @throws AuthorizationServer.SignInRefused when the states differ (a forged callback), the code is refused, or the
     *                                           token does not verify
     */
    public Completed complete(String state, String stateFromCookie, String code, URI redirectUri) {
        if (!Secrets.same(state, stateFromCookie)) {
            throw new AuthorizationServer.SignInRefused("This sign-in was not started from this browser; sign in again");
        }
        Pending started = pending.remove(state);
        if (started == null || !clock.instant().isBefore(started.expiresAt())) {
            throw new AuthorizationServer.SignInRefused("The sign-in took too long or was already used; sign in again");
        }
        String token = server.exchange(code, started.codeVerifier(), redirectUri);
        Principal principal;
        try {
            principal = verifier.apply(token);
        } catch (RuntimeException refused) {
            throw new AuthorizationServer.SignInRefused("The sign-in service's token was not accepted; sign in again");
        }
        var session = new WebSession(Secrets.random(), principal, clock.instant().plus(lifetime), Secrets.random());
        sessions.put(session.id(), session);
        return new Completed(session, started.returnTo());
    }

    /** The live session the cookie names, if any. */
    public Optional<WebSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        WebSession session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (session.expiredAt(clock.instant())) {
            sessions.remove(id);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    public void end(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }
}

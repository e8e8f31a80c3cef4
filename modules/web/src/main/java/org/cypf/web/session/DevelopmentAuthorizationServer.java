package org.cypf.web.session;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The development issuer as an authorisation server, for local runs and tests only (ADR 0081): its "sign-in" is a
 * page listing the development issuer's named users, one to choose, with no password. Choosing one issues a one-time
 * code, valid for a minute, bound to the PKCE challenge and the redirect; {@link #exchange} answers the development
 * issuer's token for that user. It exists only when the development issuer is enabled (the application does not
 * build it otherwise), so a deployment never shows the page.
 */
public final class DevelopmentAuthorizationServer implements AuthorizationServer {
    /** Where the page of development users is served. */
    public static final String PATH = "/dev-sign-in";
    private static final Duration CODE_LIFETIME = Duration.ofMinutes(1);

    private record Grant(String user, String codeChallenge, URI redirectUri, Instant expiresAt) {}

    private final List<String> users;
    private final Function<String, String> mint;
    private final String mountedAt;
    private final Clock clock;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();

    /**
     * @param users     the development issuer's named users, in the order shown
     * @param mint      the development issuer's token for a named user
     * @param mountedAt where the pages are mounted ({@code /web})
     */
    public DevelopmentAuthorizationServer(List<String> users, Function<String, String> mint, String mountedAt,
                                          Clock clock) {
        this.users = users.stream().sorted().toList();
        this.mint = Objects.requireNonNull(mint, "mint");
        this.mountedAt = mountedAt;
        this.clock = clock;
    }

    public List<String> users() {
        return users;
    }

    @Override
    public URI authorizationRequest(String clientState, String codeChallenge, URI redirectUri) {
        return URI.create(mountedAt + PATH + "?state=" + enc(clientState) + "&code_challenge=" + enc(codeChallenge)
                + "&code_challenge_method=S256&redirect_uri=" + enc(redirectUri.toString()));
    }

    /**
     * The user chose {@code user} on the page: a one-time code for them.
     *
     * @throws SignInRefused when {@code user} is not a development user
     */
    public String grant(String user, String codeChallenge, URI redirectUri) {
        if (user == null || !users.contains(user)) {
            throw new SignInRefused("Choose one of the development users");
        }
        if (codeChallenge == null || codeChallenge.isBlank()) {
            throw new SignInRefused("The sign-in request carried no code challenge; start again");
        }
        Instant now = clock.instant();
        codes.values().removeIf(g -> !now.isBefore(g.expiresAt()));
        String code = Secrets.random();
        codes.put(code, new Grant(user, codeChallenge, redirectUri, now.plus(CODE_LIFETIME)));
        return code;
    }

    @Override
    public String exchange(String code, String codeVerifier, URI redirectUri) {
        Grant grant = code == null ? null : codes.remove(code);
        if (grant == null || !clock.instant().isBefore(grant.expiresAt())) {
            throw new SignInRefused("The sign-in code is unknown, used or expired; sign in again");
        }
        if (codeVerifier == null || !Secrets.same(Secrets.s256(codeVerifier), grant.codeChallenge())
                || !grant.redirectUri().equals(redirectUri)) {
            throw new SignInRefused("The sign-in code was issued for another request; sign in again");
        }
        return mint.apply(grant.user());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

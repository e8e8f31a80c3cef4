package org.cypf.web.http;

import io.helidon.config.Config;
import io.helidon.http.HeaderNames;
import io.helidon.http.SetCookie;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.platform.security.DevelopmentIssuer;
import org.cypf.platform.security.TokenVerifier;
import org.cypf.web.model.Dashboard;
import org.cypf.web.model.Page;
import org.cypf.web.model.WorkQueue;
import org.cypf.web.read.ContextApis;
import org.cypf.web.read.ScorecardReading;
import org.cypf.web.read.ChronologyReading;
import org.cypf.web.read.WorkQueueReading;
import org.cypf.web.session.AuthorizationServer;
import org.cypf.web.session.DevelopmentAuthorizationServer;
import org.cypf.web.session.OidcProvider;
import org.cypf.web.session.Secrets;
import org.cypf.web.session.Sessions;
import org.cypf.web.session.WebSession;

/**
 * The pages, mounted at {@value #PATH} (ADR 0080, 0081): a session cookie instead of a bearer token, set after the
 * OpenID Connect authorisation code flow against the api's issuer and verified by the api's own verifier. The
 * application lists {@value #PATH} among the public paths of the bearer-token filter; this service lets no page
 * through without a session, and refuses a form posted without the session's CSRF token.
 */
public final class WebPages implements HttpService {
    public static final String PATH = "/web";
    static final String SESSION_COOKIE = "cypf_session";
    static final String STATE_COOKIE = "cypf_signin";
    private static final Logger LOG = Logger.getLogger(WebPages.class.getName());
    private static final int MAX_FORM_BYTES = 16 * 1024;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final ScorecardReading scorecards;
    private final WorkQueueReading queues;
    private final ChronologyReading chronologies;
    private final Sessions sessions;
    private final Optional<DevelopmentAuthorizationServer> development;
    private final boolean secureCookies;
    private final Duration sessionLifetime;
    private final Clock clock;
    private final WebAssets assets = new WebAssets();

    WebPages(ContextApis apis, Sessions sessions, Optional<DevelopmentAuthorizationServer> development,
             boolean secureCookies, Duration sessionLifetime, Clock clock) {
        this.scorecards = new ScorecardReading(apis.strategies(), apis.scorecards(), apis.observations());
        this.queues = new WorkQueueReading(apis, clock);
        this.chronologies = new ChronologyReading(apis);
        this.sessions = sessions;
        this.development = development;
        this.secureCookies = secureCookies;
        this.sessionLifetime = sessionLifetime;
        this.clock = clock;
    }

    /**
     * The pages, signing in against the partnership's provider ({@code web.oidc.*}) or, when the development issuer
     * runs and no provider is configured, against the development issuer's page of named users.
     *
     * With neither, the pages answer that sign-in is not configured, naming the keys to set.
     */
    public static WebPages create(ContextApis apis, TokenVerifier verifier, Optional<DevelopmentIssuer> developmentIssuer,
                                  Config web, Clock clock) {
        Duration lifetime = Duration.ofMinutes(web.get("session-minutes").asLong().orElse(60L));
        boolean secure = web.get("secure-cookies").asBoolean().orElse(false);
        Optional<String> authorization = web.get("oidc.authorization-endpoint").asString().asOptional();
        AuthorizationServer server;
        Optional<DevelopmentAuthorizationServer> development = Optional.empty();
        if (authorization.isPresent()) {
            server = new OidcProvider(URI.create(authorization.get()),
                    URI.create(web.get("oidc.token-endpoint").asString()
                            .orElseThrow(() -> new IllegalStateException("web.oidc.token-endpoint is required"))),
                    web.get("oidc.client-id").asString()
                            .orElseThrow(() -> new IllegalStateException("web.oidc.client-id is required")),
                    web.get("oidc.client-secret").asString().orElse(null),
                    web.get("oidc.scope").asString().orElse("openid"));
        } else if (developmentIssuer.isPresent()) {
            DevelopmentIssuer issuer = developmentIssuer.get();
            var dev = new DevelopmentAuthorizationServer(List.copyOf(issuer.users()), issuer::mint, PATH, clock);
            development = Optional.of(dev);
            server = dev;
        } else {
            server = new AuthorizationServer.NotConfigured();
        }
        return new WebPages(apis, new Sessions(server, verifier::verify, lifetime, clock), development, secure,
                lifetime, clock);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/assets/*", this::asset);
        rules.get("/sign-in", this::signIn);
        rules.get("/signed-in", this::signedIn);
        rules.post("/sign-out", this::signOut);
        if (development.isPresent()) {
            rules.get(DevelopmentAuthorizationServer.PATH, this::developmentSignInPage);
            rules.post(DevelopmentAuthorizationServer.PATH, this::developmentSignIn);
        }
        rules.get("/", (req, res) -> page(req, res, (session, caller) ->
                render(res, "home", Map.of("page", frame(session, "Partnership dashboard", "dashboard"),
                        "strategies", scorecards.strategies()))));
        rules.get("/strategies/{id}", (req, res) -> page(req, res, (session, caller) -> {
            LocalDate date = date(req, "date");
            var filter = new Dashboard.Filter(choice(req, "outcome"), choice(req, "priority"), choice(req, "area"),
                    choice(req, "owner"));
            var dashboard = scorecards.dashboard(id(req, "id"), date, filter);
            render(res, "dashboard", Map.of("page", frame(session, dashboard.title(), "dashboard"),
                    "dashboard", dashboard, "date", date.toString()));
        }));
        rules.get("/strategies/{id}/measures/{measureId}", (req, res) -> page(req, res, (session, caller) -> {
            LocalDate date = date(req, "date");
            var measure = scorecards.measure(id(req, "id"), id(req, "measureId"), date);
            render(res, "measure", Map.of("page", frame(session, measure.card().title(), "dashboard"),
                    "measure", measure, "date", date.toString()));
        }));
        rules.get("/strategies/{id}/exceptions", (req, res) -> page(req, res, (session, caller) -> {
            LocalDate date = date(req, "date");
            String id = id(req, "id");
            var dashboard = scorecards.dashboard(id, date, Dashboard.Filter.NONE);
            render(res, "exceptions", Map.of("page", frame(session, "Exceptions: " + dashboard.title(), "dashboard"),
                    "strategyId", id, "title", dashboard.title(), "exceptions", scorecards.exceptions(id, date),
                    "date", date.toString()));
        }));
        rules.get("/strategies/{id}/board-pack", (req, res) -> page(req, res, (session, caller) -> {
            LocalDate meeting = date(req, "meeting");
            var pack = scorecards.boardPack(id(req, "id"), meeting);
            render(res, "boardpack", Map.of("page", frame(session, "Board pack: " + pack.title(), "dashboard"),
                    "pack", pack, "date", meeting.toString()));
        }));
        rules.get("/work-queues", (req, res) -> page(req, res, (session, caller) ->
                render(res, "queues", Map.of("page", frame(session, "Work queues", "queues"),
                        "queues", queues.queues(caller)))));
        rules.get("/work-queues/{queueId}", (req, res) -> page(req, res, (session, caller) -> {
            String queueId = req.path().pathParameters().get("queueId");
            if (!ID.matcher(queueId).matches()) {
                throw new NotFound("no work queue has that id");
            }
            int pageNumber = pageNumber(req);
            WorkQueue queue = queues.queue(caller, queueId, pageNumber);
            render(res, "queue", Map.of("page", frame(session, queue.title() + (pageNumber > 1 ? " (page "
                    + pageNumber + ")" : ""), "queues"), "queue", queue));
        }));
        rules.get("/children/{childId}", (req, res) -> page(req, res, (session, caller) -> {
            String child = req.path().pathParameters().get("childId");
            if (!UUID_TEXT.matcher(child).matches()) {
                throw InvalidInput.of("childId", "must be a child's id (a UUID)");
            }
            int pageNumber = pageNumber(req);
            render(res, "child", Map.of("page", frame(session, "Child's chronology" + (pageNumber > 1 ? " (page "
                    + pageNumber + ")" : ""), "queues"), "chronology", chronologies.chronology(caller, child, pageNumber)));
        }));
    }

    // ------------------------------------------------------------------------------------------------ sign-in

    private void signIn(ServerRequest req, ServerResponse res) {
        String returnTo = req.query().first("return").filter(WebPages::isOwnPage).orElse(PATH + "/");
        Sessions.Started started;
        try {
            started = sessions.begin(returnTo, redirectUri(req));
        } catch (AuthorizationServer.SignInRefused refused) {
            message(res, Status.SERVICE_UNAVAILABLE_503, null, "Sign-in is not available", refused.getMessage(),
                    null, null);
            return;
        }
        res.headers().addCookie(cookie(req, STATE_COOKIE, started.state(), Duration.ofMinutes(10)));
        redirect(res, started.redirect().toString());
    }

    private void signedIn(ServerRequest req, ServerResponse res) {
        String state = req.query().first("state").orElse(null);
        String code = req.query().first("code").orElse(null);
        res.headers().addCookie(expired(req, STATE_COOKIE));
        try {
            var done = sessions.complete(state, cookieValue(req, STATE_COOKIE), code, redirectUri(req));
            res.headers().addCookie(cookie(req, SESSION_COOKIE, done.session().id(), sessionLifetime));
            LOG.log(Level.INFO, "a web session began for a user of {0}", done.session().principal().organisation());
            redirect(res, done.returnTo());
        } catch (AuthorizationServer.SignInRefused refused) {
            message(res, Status.BAD_REQUEST_400, null, "You are not signed in", refused.getMessage(),
                    PATH + "/sign-in", "Sign in");
        }
    }

    private void signOut(ServerRequest req, ServerResponse res) {
        Map<String, String> form = form(req);
        Optional<WebSession> session = sessions.find(cookieValue(req, SESSION_COOKIE));
        if (session.isPresent() && !Secrets.same(form.get("csrf"), session.get().csrfToken())) {
            message(res, Status.FORBIDDEN_403, session.get(), "The form has expired",
                    "The page was open too long or was not sent from CYPF; go back and try again.", PATH + "/", "Dashboard");
            return;
        }
        session.ifPresent(s -> sessions.end(s.id()));
        res.headers().addCookie(expired(req, SESSION_COOKIE));
        message(res, Status.OK_200, null, "You are signed out", "Your session has ended.", PATH + "/sign-in", "Sign in again");
    }

    private void developmentSignInPage(ServerRequest req, ServerResponse res) {
        var dev = development.orElseThrow();
        String state = req.query().first("state").orElse("");
        String challenge = req.query().first("code_challenge").orElse("");
        String redirect = req.query().first("redirect_uri").orElse("");
        devPage(res, Status.OK_200, dev, state, challenge, redirect, null);
    }

    /**
     * The user chose a development user. The form is not a session's (there is none yet): the state it carries must
     * be the one this browser's sign-in cookie holds, which a page on another site cannot read or set.
     */
    private void developmentSignIn(ServerRequest req, ServerResponse res) {
        var dev = development.orElseThrow();
        Map<String, String> form = form(req);
        String state = form.getOrDefault("state", "");
        String challenge = form.getOrDefault("code_challenge", "");
        String redirect = form.getOrDefault("redirect_uri", "");
        if (!Secrets.same(state, cookieValue(req, STATE_COOKIE)) || !redirect.equals(redirectUri(req).toString())) {
            message(res, Status.FORBIDDEN_403, null, "The form has expired",
                    "This sign-in was not started from this browser.", PATH + "/sign-in", "Sign in");
            return;
        }
        try {
            String code = dev.grant(form.get("user"), challenge, URI.create(redirect));
            redirect(res, redirect + "?code=" + enc(code) + "&state=" + enc(state));
        } catch (AuthorizationServer.SignInRefused refused) {
            devPage(res, Status.BAD_REQUEST_400, dev, state, challenge, redirect, refused.getMessage());
        }
    }

    private void devPage(ServerResponse res, Status status, DevelopmentAuthorizationServer dev, String state,
                         String challenge, String redirect, String error) {
        Map<String, Object> p = new HashMap<>();
        p.put("page", new Page((error == null ? "" : "Error: ") + "Sign in as a development user", null, null, null));
        p.put("users", dev.users());
        p.put("state", state);
        p.put("codeChallenge", challenge);
        p.put("redirectUri", redirect);
        p.put("error", error);
        res.status(status);
        render(res, "devsignin", p);
    }

    // ------------------------------------------------------------------------------------------------ pages

    @FunctionalInterface
    private interface PageHandler {
        void handle(WebSession session, Caller caller);
    }

    /** A page for a signed-in user; anyone else is sent to sign in and brought back. */
    private void page(ServerRequest req, ServerResponse res, PageHandler handler) {
        Optional<WebSession> session = sessions.find(cookieValue(req, SESSION_COOKIE));
        if (session.isEmpty()) {
            String here = req.path().absolute().path() + req.query().rawValue().transform(q -> q.isEmpty() ? "" : "?" + q);
            redirect(res, PATH + "/sign-in?return=" + enc(here));
            return;
        }
        WebSession s = session.get();
        try {
            handler.handle(s, Caller.from(s.principal(), header -> Optional.empty()));
        } catch (NotFound e) {
            message(res, Status.NOT_FOUND_404, s, "Page not found", e.getMessage(), PATH + "/", "Dashboard");
        } catch (InvalidInput e) {
            message(res, Status.BAD_REQUEST_400, s, "There is a problem", String.join("; ", e.violations().stream()
                    .map(v -> v.field() + " " + v.reason()).toList()), PATH + "/", "Dashboard");
        } catch (AccessDenied e) {
            message(res, Status.FORBIDDEN_403, s, "You may not see this page",
                    "Your role or organisation does not allow it.", PATH + "/", "Dashboard");
        }
    }

    private static Page frame(WebSession session, String title, String section) {
        return new Page(title, session.principal().userId() + " (" + session.principal().organisation() + ")",
                session.csrfToken(), section);
    }

    private void message(ServerResponse res, Status status, WebSession session, String heading, String message,
                         String linkHref, String linkText) {
        Map<String, Object> p = new HashMap<>();
        p.put("page", session == null ? new Page(heading, null, null, null) : frame(session, heading, null));
        p.put("heading", heading);
        p.put("message", message);
        p.put("linkHref", linkHref);
        p.put("linkText", linkText);
        res.status(status);
        render(res, "message", p);
    }

    private static void render(ServerResponse res, String template, Map<String, Object> parameters) {
        byte[] html = Templates.render(template, parameters).getBytes(StandardCharsets.UTF_8);
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
        secure(res);
        res.send(html);
    }

    private static void secure(ServerResponse res) {
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.header("Content-Security-Policy", CSP);
        res.header("X-Content-Type-Options", "nosniff");
        res.header("Referrer-Policy", "no-referrer");
        res.header("X-Frame-Options", "DENY");
    }

    private void asset(ServerRequest req, ServerResponse res) {
        String full = req.path().absolute().path();
        String path = full.substring(full.indexOf("/assets/") + "/assets/".length());
        var asset = assets.find(path);
        if (asset.isEmpty()) {
            res.status(Status.NOT_FOUND_404).send();
            return;
        }
        res.header(HeaderNames.CONTENT_TYPE, asset.get().contentType());
        res.header(HeaderNames.CACHE_CONTROL, "public, max-age=86400");
        res.header("X-Content-Type-Options", "nosniff");
        res.send(asset.get().bytes());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static void redirect(ServerResponse res, String location) {
        res.status(Status.SEE_OTHER_303);
        res.header(HeaderNames.LOCATION, location);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send();
    }

    /** Where the provider sends the browser back: this server, as the browser reached it. */
    private static URI redirectUri(ServerRequest req) {
        String host = req.headers().first(HeaderNames.HOST).orElse("localhost");
        return URI.create((req.isSecure() ? "https" : "http") + "://" + host + PATH + "/signed-in");
    }

    private SetCookie cookie(ServerRequest req, String name, String value, Duration maxAge) {
        return SetCookie.builder(name, value).path(PATH).httpOnly(true).secure(secureCookies || req.isSecure())
                .sameSite(SetCookie.SameSite.LAX).maxAge(maxAge).build();
    }

    private SetCookie expired(ServerRequest req, String name) {
        return cookie(req, name, "", Duration.ZERO);
    }

    private static String cookieValue(ServerRequest req, String name) {
        return req.headers().cookies().first(name).orElse(null);
    }

    /** Only a path of these pages may be returned to after signing in (no open redirect). */
    static boolean isOwnPage(String path) {
        return path.startsWith(PATH + "/") && !path.startsWith("//") && !path.contains("\\") && !path.contains("..")
                && path.chars().noneMatch(c -> c < 0x20);
    }

    private LocalDate date(ServerRequest req, String name) {
        Optional<String> text = req.query().first(name).filter(t -> !t.isBlank());
        if (text.isEmpty()) {
            return LocalDate.now(clock);
        }
        try {
            LocalDate date = LocalDate.parse(text.get());
            if (date.getYear() < 1900 || date.getYear() > 2100) {
                throw InvalidInput.of(name, "must be between 1900-01-01 and 2100-12-31");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(name, "must be a date as yyyy-mm-dd");
        }
    }

    /** The {@code page} asked for: a whole number from 1 to {@value WorkQueueReading#MAX_PAGE}, 1 when absent. */
    private static int pageNumber(ServerRequest req) {
        Optional<String> text = req.query().first("page").filter(t -> !t.isBlank());
        if (text.isEmpty()) {
            return 1;
        }
        if (!text.get().matches("[0-9]{1,4}") || Integer.parseInt(text.get()) < 1
                || Integer.parseInt(text.get()) > WorkQueueReading.MAX_PAGE) {
            throw InvalidInput.of("page", "must be a whole number from 1 to " + WorkQueueReading.MAX_PAGE);
        }
        return Integer.parseInt(text.get());
    }

    private static String id(ServerRequest req, String name) {
        String value = req.path().pathParameters().get(name);
        if (!ID.matcher(value).matches()) {
            throw new NotFound("no " + (name.equals("id") ? "strategy" : "measure") + " has that id");
        }
        return value;
    }

    private static String choice(ServerRequest req, String name) {
        return req.query().first(name).filter(v -> !v.isBlank() && ID.matcher(v).matches()).orElse(null);
    }

    private static Map<String, String> form(ServerRequest req) {
        byte[] body;
        try (InputStream in = req.content().inputStream()) {
            body = in.readNBytes(MAX_FORM_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> form = new HashMap<>();
        if (body.length > MAX_FORM_BYTES) {
            return form;
        }
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    form.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    // a malformed field is left out: the checks that need it refuse
                }
            }
        }
        return form;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

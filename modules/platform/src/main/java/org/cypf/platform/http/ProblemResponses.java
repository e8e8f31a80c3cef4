package org.cypf.platform.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.DomainProblem;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.kernel.problem.Unauthenticated;
import org.cypf.platform.db.DatabaseUnavailable;

/**
 * Every error leaves CYPF as an RFC 9457 problem ({@code application/problem+json}). A client's mistake gets its
 * own status and names the field and the reason; anything else is our fault, answers 500 with a reference and
 * is logged under that reference with the exception's class only (messages can carry a child's details).
 *
 * <p>This is the one place where refusals become HTTP answers: the kernel's {@link DomainProblem}s (what the domain
 * and the {@link RecordBinder} refuse), {@link RequestRefused} (415, 413) and Helidon's own refusals. Routes never
 * catch them; {@link #register} maps them on the routing every service is mounted on.
 */
public final class ProblemResponses {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

    private ProblemResponses() {}

    /** Registers the mapping on the routing every context's service is mounted on. */
    public static void register(HttpRouting.Builder routing) {
        register(routing, req -> {});
    }

    /**
     * As {@link #register(HttpRouting.Builder)}, asking {@code beforeNotFound} before any {@link NotFound} is answered:
     * it throws a {@link DomainProblem} (an audited {@link AccessDenied}) to answer instead, so that a caller who may
     * not see a context's records at all is refused alike whether or not the id names one (ADR 0033).
     */
    public static void register(HttpRouting.Builder routing, java.util.function.Consumer<ServerRequest> beforeNotFound) {
        java.util.Objects.requireNonNull(beforeNotFound, "beforeNotFound");
        routing.error(DomainProblem.class, (req, res, problem) -> {
                    if (problem instanceof NotFound) {
                        try {
                            beforeNotFound.accept(req);
                        } catch (DomainProblem instead) {
                            send(req, res, instead);
                            return;
                        }
                    }
                    send(req, res, problem);
                })
                .error(RequestRefused.class, (req, res, e) -> send(req, res, e.status(),
                        "urn:cypf:problem:http-" + e.status().code(), e.title(), e.getMessage(), List.of()))
                .error(HttpException.class, (req, res, e) -> {
                    // Helidon's own refusals (malformed request, unsupported method): the client's fault, no detail leaked.
                    Status status = e.status();
                    send(req, res, status, "urn:cypf:problem:http-" + status.code(), status.reasonPhrase(),
                            status.code() == 404 ? "No resource at this path" : status.reasonPhrase(), List.of());
                })
                .error(DatabaseUnavailable.class, (req, res, e) -> {
                    // The database is down or saturated: not the client's fault, not a bug; the client may retry.
                    LOG.log(Level.WARNING, "database unavailable on {0} {1}", new Object[] {
                            req.prologue().method().text(), req.path().absolute().path()});
                    res.header(HeaderNames.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()));
                    send(req, res, Status.SERVICE_UNAVAILABLE_503, "urn:cypf:problem:database-unavailable",
                            "Service unavailable", "The database cannot be reached just now; try again shortly",
                            List.of());
                })
                .error(Exception.class, (req, res, e) -> {
                    String reference = UUID.randomUUID().toString();
                    LOG.log(Level.SEVERE, "unhandled {0} on {1} {2}, reference {3}", new Object[] {
                            e.getClass().getName(), req.prologue().method().text(), req.path().absolute().path(),
                            reference});
                    send(req, res, Status.INTERNAL_SERVER_ERROR_500, "urn:cypf:problem:internal", "Internal error",
                            "Something failed on our side; quote reference " + reference, List.of());
                });
    }

    /** Answers {@code problem} directly, for handlers that catch one themselves. */
    public static void send(ServerRequest req, ServerResponse res, DomainProblem problem) {
        Status status = switch (problem) {
            case InvalidInput ignored -> Status.BAD_REQUEST_400;
            case NotFound ignored -> Status.NOT_FOUND_404;
            case StaleVersion ignored -> Status.CONFLICT_409;
            case Conflict ignored -> Status.CONFLICT_409;
            case AccessDenied ignored -> Status.FORBIDDEN_403;
            case Unauthenticated ignored -> Status.UNAUTHORIZED_401;
        };
        List<Map<String, String>> errors = problem instanceof InvalidInput invalid
                ? invalid.violations().stream().map(v -> Map.of("field", v.field(), "reason", v.reason())).toList()
                : List.of();
        String type = "urn:cypf:problem:" + problem.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        send(req, res, status, type, problem.title(), problem.getMessage(), errors);
    }

    private static void send(ServerRequest req, ServerResponse res, Status status, String type, String title,
                             String detail, List<Map<String, String>> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status.code());
        body.put("detail", detail);
        body.put("instance", req.path().absolute().path());
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, MEDIA_TYPE);
        res.send(JsonBodies.bytes(body));
    }
}

package org.cypf.app;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import io.helidon.webserver.http.ServerRequest;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.MissingRecords;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.ReservedIdentityClaims;
import org.cypf.kernel.identity.Principal;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.platform.http.Authentication;
import org.cypf.platform.http.EventDeliveriesService;
import org.cypf.platform.http.ProblemResponses;

/**
 * What the application checks of every authenticated caller before any route, after {@link Authentication} has
 * verified the token (ADR 0021):
 *
 * <ul>
 *   <li>a token claiming CYPF's reserved identity (organisation {@code cypf} or role {@code system}) is refused 403 on
 *       every route, including those that name no caller (the scorecard, the directories), and the refusal is logged
 *       as a security event naming the issuer only, and audited in the access audit with the issuer and no child
 *       (ADR 0033); {@link Caller#from} refuses it again at each route;</li>
 *   <li>the observability endpoints other than health ({@code /observe/metrics} and anything Helidon adds there) are
 *       operational detail, for the {@value EventDeliveriesService#ADMINISTRATOR_ROLE} role only, as the event
 *       deliveries are.</li>
 * </ul>
 */
final class CallerChecks implements Filter {
    private static final Logger LOG = Logger.getLogger(CallerChecks.class.getName());
    static final String OBSERVE = "/observe";
    static final String HEALTH = "/observe/health";

    private final ReservedIdentityClaims reservedIdentityClaims;
    private final MissingRecords missingRecords;

    /**
     * @param reservedIdentityClaims where a refused claim of the reserved identity is audited (ADR 0033)
     * @param missingRecords         asked before any route answers 404 ({@link #beforeNotFound})
     */
    CallerChecks(ReservedIdentityClaims reservedIdentityClaims, MissingRecords missingRecords) {
        this.reservedIdentityClaims = reservedIdentityClaims;
        this.missingRecords = missingRecords;
    }

    /**
     * Before a route answers that an id names nothing: a caller who may see no record of the path's context at all is
     * refused instead (audited), alike whether or not the record exists (ADR 0033).
     */
    void beforeNotFound(ServerRequest req) {
        Optional<Principal> principal = Authentication.principal(req);
        if (principal.isEmpty() || Caller.claimsReservedIdentity(principal.get())) {
            return; // a public path, or refused before any route
        }
        missingRecords.authoriseMissingIn(Caller.from(principal.get(), name -> req.headers().first(
                io.helidon.http.HeaderNames.create(name))), context(req.path().absolute().path()));
    }

    /** The context whose routes a path is under: its first segment ({@code social-care}), else {@code platform}. */
    static String context(String path) {
        String[] segments = path.split("/");
        return segments.length > 1 && segments[1].matches("[a-z]+(-[a-z]+)*") ? segments[1] : "platform";
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        Optional<Principal> principal = Authentication.principal(req);
        if (principal.isEmpty()) {
            chain.proceed(); // a public path: nobody to check
            return;
        }
        try {
            Caller.from(principal.get(), name -> Optional.empty());
        } catch (AccessDenied refused) {
            // Never the user or the token: the issuer says which provider vouched for a claim it should not make.
            LOG.log(Level.WARNING, "refused a token of issuer {0} claiming CYPF''s reserved identity",
                    principal.get().issuer());
            // Audited too (ADR 0033): every decision is, a refused claim of the reserved identity included.
            reservedIdentityClaims.refused(principal.get(), context(req.path().path()), action(req));
            ProblemResponses.send(req, res, refused);
            return;
        }
        String path = req.path().path();
        if ((path.equals(OBSERVE) || path.startsWith(OBSERVE + "/")) && !isHealth(path)
                && !principal.get().roles().contains(EventDeliveriesService.ADMINISTRATOR_ROLE)) {
            ProblemResponses.send(req, res, new AccessDenied("only an " + EventDeliveriesService.ADMINISTRATOR_ROLE
                    + " may read the operational endpoints under " + OBSERVE));
            return;
        }
        chain.proceed();
    }

    private static RecordAction action(RoutingRequest req) {
        return switch (req.prologue().method().text()) {
            case "POST" -> RecordAction.CREATE;
            case "PUT", "PATCH", "DELETE" -> RecordAction.UPDATE;
            default -> RecordAction.READ;
        };
    }

    private static boolean isHealth(String path) {
        return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    }
}

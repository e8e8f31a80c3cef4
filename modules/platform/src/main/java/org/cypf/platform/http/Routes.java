package org.cypf.platform.http;

import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.cypf.kernel.identity.Principal;

/**
 * Declares a service's routes in one or two lines each: the body bound to an api command, the caller resolved
 * once per context, the answer written as JSON, refusals left to {@link ProblemResponses}.
 *
 * <pre>{@code
 * var routes = Routes.on(rules, Caller::from).binding(BindingRules.defaults().withLocalTimeIn(ENGLAND));
 * routes.post("/plans", StartPlan.class, protection::startPlan).answers(PlanView.class)
 *         .created(plan -> "/plans/" + plan.planId());
 * routes.post("/plans/{planId}/reviews", ReviewPlan.class, protection::reviewPlan).answers(PlanView.class);
 * routes.get("/plans/{planId}", (caller, req) -> protection.plan(caller, req.path("planId", UUID.class)));
 * }</pre>
 *
 * The platform cannot name a context's caller type (rule CTX-06), so the helper is generic in it: a context gives
 * the function that makes its caller from the verified token's principal ({@code Caller::from}), once. Who is asking
 * comes only from the token that {@link Authentication} verified, never from what the request says; a route reached
 * without one (no filter installed, or a public path) is answered 401 ({@link Authentication#requirePrincipal}).
 *
 * @param <C> the caller type of the context
 */
public final class Routes<C> {
    /**
     * Makes a context's caller from the principal of the verified bearer token, and the request's headers for what a
     * caller may state rather than claim (a purpose; a blank header counts as absent).
     */
    @FunctionalInterface
    public interface Callers<C> {
        C from(Principal principal, Function<String, Optional<String>> header);
    }

    /** A use case called with the caller and the command bound from the body (and the path). */
    @FunctionalInterface
    public interface UseCase<C, B, R> {
        R apply(C caller, B command);
    }

    /** A use case that also reads the request (an If-Match header, a query parameter). */
    @FunctionalInterface
    public interface UseCaseWithRequest<C, B, R> {
        R apply(C caller, B command, RouteRequest request);
    }

    /** A route without a body: the caller, and the request's path and query parameters. */
    @FunctionalInterface
    public interface Action<C, R> {
        R apply(C caller, RouteRequest request);
    }

    private final HttpRules rules;
    private final Callers<? extends C> callers;
    private final BindingRules binding;
    private final List<Route<?>> declared;

    private Routes(HttpRules rules, Callers<? extends C> callers, BindingRules binding, List<Route<?>> declared) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.binding = Objects.requireNonNull(binding, "binding");
        this.declared = declared;
    }

    /** Routes whose caller is made by {@code callers} (e.g. {@code Caller::from}) before anything else. */
    public static <C> Routes<C> on(HttpRules rules, Callers<? extends C> callers) {
        return new Routes<>(rules, callers, BindingRules.defaults(), new ArrayList<>());
    }

    /**
     * Routes whose handlers need no caller (the caller passed to each handler is null). They are still behind
     * {@link Authentication} unless their path is configured public.
     */
    public static Routes<Void> anonymous(HttpRules rules) {
        return new Routes<>(rules, NO_CALLER, BindingRules.defaults(), new ArrayList<>());
    }

    /** The callers of {@link #anonymous} routes: no principal is asked for. */
    static final Callers<Void> NO_CALLER = (principal, header) -> null;

    /** The same routes, binding bodies declared from now on by {@code binding}. */
    public Routes<C> binding(BindingRules binding) {
        return new Routes<>(rules, callers, binding, declared);
    }

    public <B, R> Route<R> post(String path, Class<B> body, UseCase<? super C, ? super B, ? extends R> useCase) {
        return add(Method.POST, path, body, (caller, command, req) -> useCase.apply(caller, command));
    }

    public <B, R> Route<R> post(String path, Class<B> body,
                                UseCaseWithRequest<? super C, ? super B, ? extends R> useCase) {
        return add(Method.POST, path, body, useCase);
    }

    public <R> Route<R> post(String path, Action<? super C, ? extends R> action) {
        return add(Method.POST, path, null, (caller, nothing, req) -> action.apply(caller, req));
    }

    public <B, R> Route<R> put(String path, Class<B> body, UseCase<? super C, ? super B, ? extends R> useCase) {
        return add(Method.PUT, path, body, (caller, command, req) -> useCase.apply(caller, command));
    }

    public <B, R> Route<R> put(String path, Class<B> body,
                               UseCaseWithRequest<? super C, ? super B, ? extends R> useCase) {
        return add(Method.PUT, path, body, useCase);
    }

    /** A replacement whose body the action reads itself (a document rather than a command). */
    public <R> Route<R> put(String path, Action<? super C, ? extends R> action) {
        return add(Method.PUT, path, null, (caller, nothing, req) -> action.apply(caller, req));
    }

    public <R> Route<R> get(String path, Action<? super C, ? extends R> action) {
        return add(Method.GET, path, null, (caller, nothing, req) -> action.apply(caller, req));
    }

    public <R> Route<R> delete(String path, Action<? super C, ? extends R> action) {
        return add(Method.DELETE, path, null, (caller, nothing, req) -> action.apply(caller, req));
    }

    /** The underlying rules, for the rare route that answers something other than JSON (a file, a page). */
    public HttpRules rules() {
        return rules;
    }

    /** Every route declared through these routes, in order (the OpenAPI contract test reads them). */
    public List<Route<?>> declared() {
        return Collections.unmodifiableList(declared);
    }

    private <B, R> Route<R> add(Method method, String path, Class<B> body,
                                UseCaseWithRequest<? super C, ? super B, ? extends R> handler) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Route<R> route = new Route<>(method, path, body, binding, (Callers) callers, (UseCaseWithRequest) handler);
        declared.add(route);
        if (method == Method.POST) {
            rules.post(path, route);
        } else if (method == Method.PUT) {
            rules.put(path, route);
        } else if (method == Method.DELETE) {
            rules.delete(path, route);
        } else {
            rules.get(path, route);
        }
        return route;
    }
}

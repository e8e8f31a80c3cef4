package org.cypf.platform.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One route declared through {@link Routes}: it resolves the caller, binds the body (if it has one), calls the use
 * case and writes the answer as JSON. It also describes itself (method, path, body and answer types, status), so
 * the OpenAPI contract test can compare the documented schemas with the ones generated from these types.
 *
 * <p>Set up the answer right after declaring the route ({@link #created}, {@link #answers}, ...), before the server
 * serves it.
 *
 * @param <R> what the use case answers
 */
public final class Route<R> implements Handler {
    private static final Pattern PARAMETER = Pattern.compile("\\{\\+?([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?}");

    private final Method method;
    private final String path;
    private final Set<String> pathParameters;
    private final Routes.Callers<Object> callers;
    private final Routes.UseCaseWithRequest<Object, Object, R> handler;
    private RecordBinder<?> binder;
    private BindingRules rules;
    private Class<?> answer;
    private Status status = Status.OK_200;
    private Function<? super R, String> location;
    private ToLongFunction<? super R> etag;

    Route(Method method, String path, Class<?> body, BindingRules binding, Routes.Callers<Object> callers,
          Routes.UseCaseWithRequest<Object, Object, R> handler) {
        this.method = method;
        this.path = path;
        this.pathParameters = parameters(path);
        this.callers = callers;
        this.handler = handler;
        this.rules = binding;
        this.binder = body == null ? null : RecordBinder.of(body, pathParameters, binding);
    }

    private static Set<String> parameters(String path) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PARAMETER.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return Set.copyOf(names);
    }

    /** 201 Created, with {@code Location} = the service's mount point + {@code location(answer)}, e.g. {@code "/plans/" + id}. */
    public Route<R> created(Function<? super R, String> location) {
        this.status = Status.CREATED_201;
        this.location = Objects.requireNonNull(location, "location");
        return this;
    }

    /** The status of a successful answer (200 unless said). */
    public Route<R> status(Status status) {
        this.status = Objects.requireNonNull(status, "status");
        return this;
    }

    /** 204 No Content: the use case's answer (if any) is not sent. */
    public Route<R> noContent() {
        return status(Status.NO_CONTENT_204);
    }

    /**
     * The api type of the answer, for the OpenAPI contract: its generated schema must match the documented one.
     * Declare it on every route whose answer is a view.
     */
    public Route<R> answers(Class<?> type) {
        this.answer = Objects.requireNonNull(type, "type");
        return this;
    }

    /** Sends {@code ETag: "<version>"} with the answer, for clients that change it with {@code If-Match}. */
    public Route<R> etag(ToLongFunction<? super R> version) {
        this.etag = Objects.requireNonNull(version, "version");
        return this;
    }

    /** Reads this route's body and parameters by other rules than its {@link Routes} had (a date range of its own). */
    public Route<R> binding(BindingRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        if (binder != null) {
            this.binder = RecordBinder.of(binder.type(), pathParameters, rules);
        }
        return this;
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        Object caller = callers.from(name -> RequestParameters.header(req, name));
        if (status == Status.CREATED_201 && binder != null) {
            Optional<String> key = Idempotency.key(req);
            if (key.isPresent()) {
                createOnce(req, res, caller, key.get());
                return;
            }
        }
        Object command = binder == null ? null : binder.bind(req);
        R result = handler.apply(caller, command, new RouteRequest(req, rules));
        if (status == Status.NO_CONTENT_204) {
            res.status(status).send();
            return;
        }
        if (result == null) {
            throw new IllegalStateException(method.text() + " " + path + " answered nothing; declare noContent()");
        }
        if (location != null) {
            res.header(HeaderNames.LOCATION, mountPoint(req) + location.apply(result));
        }
        if (etag != null) {
            res.header(HeaderNames.ETAG, Versions.etag(etag.applyAsLong(result)));
        }
        JsonBodies.send(res, status, result);
    }

    /** A create under an {@code Idempotency-Key}: the body is bound first, so a refused one touches no key. */
    private void createOnce(ServerRequest req, ServerResponse res, Object caller, String key) {
        byte[] body = binder.read(req);
        Object command = binder.bind(body, binder.pathParameters(req));
        Idempotency.answer(req, res, key, caller, body, () -> {
            R result = handler.apply(caller, command, new RouteRequest(req, rules));
            if (result == null) {
                throw new IllegalStateException(method.text() + " " + path + " answered nothing");
            }
            return new Idempotency.Answer(status.code(),
                    location == null ? null : mountPoint(req) + location.apply(result), JsonBodies.bytes(result));
        });
    }

    /** Where the service is mounted: the request's absolute path less the part the service matched. */
    static String mountPoint(ServerRequest req) {
        String absolute = req.path().absolute().path();
        String relative = req.path().path();
        if (relative.equals("/") || relative.isEmpty()) {
            return absolute.endsWith("/") ? absolute.substring(0, absolute.length() - 1) : absolute;
        }
        return absolute.endsWith(relative) ? absolute.substring(0, absolute.length() - relative.length()) : "";
    }

    public Method method() {
        return method;
    }

    /** The path as declared, relative to the service's mount point. */
    public String path() {
        return path;
    }

    public Set<String> pathParameters() {
        return pathParameters;
    }

    /** The api type the body binds to, if the route reads one. */
    public Optional<Class<?>> body() {
        return binder == null ? Optional.empty() : Optional.of(binder.type());
    }

    public Optional<Class<?>> answer() {
        return Optional.ofNullable(answer);
    }

    public Status status() {
        return status;
    }

    /** The OpenAPI schema of the body this route reads (path components left out). */
    public Optional<Map<String, Object>> requestSchema() {
        return binder == null ? Optional.empty() : Optional.of(binder.bodySchema());
    }

    /** The OpenAPI schema of the answer, if {@link #answers declared}. */
    public Optional<Map<String, Object>> responseSchema() {
        return answer().map(JsonSchemas::response);
    }

    @Override
    public String toString() {
        return method.text() + " " + path;
    }
}

package org.cypf.platform.http;

import io.helidon.webserver.http.ServerRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.cypf.kernel.problem.InvalidInput;

/**
 * The parts of a request a route reads besides its body, parsed by the same rules as bodies: path and query
 * parameters as UUID, LocalDate (within the plausible range), whole numbers, enums, kernel value types or text
 * (NUL refused); a bad one is a 400 naming the parameter.
 */
public final class RouteRequest {
    private final ServerRequest req;
    private final BindingRules rules;

    RouteRequest(ServerRequest req, BindingRules rules) {
        this.req = req;
        this.rules = rules;
    }

    /** For a handler outside {@link Routes} that reads parameters the same way. */
    public static RouteRequest of(ServerRequest req) {
        return new RouteRequest(req, BindingRules.defaults());
    }

    /** A path parameter of the route as {@code type}, e.g. {@code path("planId", UUID.class)}. */
    public <T> T path(String name, Class<T> type) {
        String raw = req.path().pathParameters().first(name)
                .orElseThrow(() -> new IllegalStateException("the route has no path parameter " + name));
        return parse(name, raw, type);
    }

    /** A query parameter as {@code type}, empty when absent or blank. */
    public <T> Optional<T> query(String name, Class<T> type) {
        Optional<String> raw = req.query().first(name).asOptional().filter(s -> !s.isBlank());
        return raw.map(text -> parse(name, text, type));
    }

    /** A query parameter the route cannot do without. */
    public <T> T requiredQuery(String name, Class<T> type) {
        return query(name, type).orElseThrow(() -> InvalidInput.of(name, "is required"));
    }

    /** A date query parameter (the "as at" of a report or list), today by {@code clock} when absent. */
    public LocalDate dateOrToday(String name, Clock clock) {
        return query(name, LocalDate.class).orElseGet(() -> LocalDate.now(clock));
    }

    /** {@code page} and {@code size}, checked together (see {@link PageRequest}). */
    public PageRequest page() {
        return PageRequest.from(this);
    }

    /** The version quoted in {@code If-Match} (or {@code ?version=}); see {@link Versions}. */
    public long ifMatch() {
        return Versions.ifMatch(req);
    }

    /** A header's value, if sent and not blank. */
    public Optional<String> header(String name) {
        return RequestParameters.header(req, name);
    }

    /** The Helidon request itself, for what none of the above reads. */
    public ServerRequest request() {
        return req;
    }

    @SuppressWarnings("unchecked")
    private <T> T parse(String name, String text, Class<T> type) {
        Shape shape = Shape.of(type);
        if (!shape.isScalar()) {
            throw new IllegalArgumentException(type.getName() + " cannot be read from a path or query parameter");
        }
        if (text.indexOf('\uFFFD') >= 0) {
            // what percent-decoding makes of bytes that are not UTF-8: a URL no client meant, refused not searched
            throw InvalidInput.of(name, "is not valid UTF-8 (percent-encoded bytes that are no character)");
        }
        var reading = new Shape.Reading(rules);
        Object value = text.isBlank() ? reading.refuse(name, "is required") : shape.parse(text, name, reading);
        if (!reading.violations.isEmpty()) {
            throw new InvalidInput(reading.violations);
        }
        return type.isPrimitive() ? (T) value : type.cast(value);
    }
}

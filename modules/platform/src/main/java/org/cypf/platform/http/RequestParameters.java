package org.cypf.platform.http;

import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;
import java.util.function.Function;
import org.cypf.kernel.problem.InvalidInput;

/**
 * Path and query parameters parsed with the same field-naming errors as bodies, and the same refusals: text with
 * NUL (or another control character) and dates outside the plausible range ({@link BindingRules#defaults()}) are
 * 400s naming the parameter, never a 500 from the database. Routes declared through {@link Routes} read
 * parameters with {@link RouteRequest} instead, which types them by class.
 */
public final class RequestParameters {
    private RequestParameters() {}

    public static <T> T path(ServerRequest req, String name, Function<String, T> parser) {
        String raw = req.path().pathParameters().get(name);
        checkText(name, raw);
        try {
            return plausible(name, parser.apply(raw));
        } catch (InvalidInput e) {
            throw InvalidInput.of(name, e.violations().getFirst().reason());
        } catch (RuntimeException e) {
            throw InvalidInput.of(name, "is not a valid value for this path");
        }
    }

    public static <T> Optional<T> query(ServerRequest req, String name, Function<String, T> parser) {
        Optional<String> raw = req.query().first(name).asOptional();
        raw.ifPresent(text -> checkText(name, text));
        try {
            return raw.map(parser).map(value -> plausible(name, value));
        } catch (InvalidInput e) {
            throw InvalidInput.of(name, e.violations().getFirst().reason());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInput.of(name, "expected a date as yyyy-mm-dd");
        } catch (RuntimeException e) {
            throw InvalidInput.of(name, "is not a valid value");
        }
    }

    private static void checkText(String name, String raw) {
        if (raw != null) {
            if (raw.indexOf('\uFFFD') >= 0) {
                throw InvalidInput.of(name, "is not valid UTF-8 (percent-encoded bytes that are no character)");
            }
            var reading = new Shape.Reading(BindingRules.defaults());
            if (Shape.clean(raw, name, reading) == null) {
                throw new InvalidInput(reading.violations);
            }
        }
    }

    private static <T> T plausible(String name, T value) {
        if (value instanceof java.time.LocalDate date) {
            var range = BindingRules.defaults().datesFor(name);
            if (!range.contains(date)) {
                throw InvalidInput.of(name, range.reason());
            }
        }
        return value;
    }

    /** A header's value, if sent and not blank. */
    public static Optional<String> header(ServerRequest req, String name) {
        return req.headers().first(io.helidon.http.HeaderNames.create(name)).filter(v -> !v.isBlank());
    }
}

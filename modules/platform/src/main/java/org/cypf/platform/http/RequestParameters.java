package org.cypf.platform.http;

import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;
import java.util.function.Function;
import org.cypf.kernel.problem.InvalidInput;

/** Path and query parameters parsed with the same field-naming errors as bodies. */
public final class RequestParameters {
    private RequestParameters() {}

    public static <T> T path(ServerRequest req, String name, Function<String, T> parser) {
        String raw = req.path().pathParameters().get(name);
        try {
            return parser.apply(raw);
        } catch (InvalidInput e) {
            throw InvalidInput.of(name, e.violations().getFirst().reason());
        } catch (RuntimeException e) {
            throw InvalidInput.of(name, "is not a valid value for this path");
        }
    }

    public static <T> Optional<T> query(ServerRequest req, String name, Function<String, T> parser) {
        Optional<String> raw = req.query().first(name).asOptional();
        try {
            return raw.map(parser);
        } catch (InvalidInput e) {
            throw InvalidInput.of(name, e.violations().getFirst().reason());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInput.of(name, "expected a date as yyyy-mm-dd");
        } catch (RuntimeException e) {
            throw InvalidInput.of(name, "is not a valid value");
        }
    }

    /** A header's value, if sent and not blank. */
    public static Optional<String> header(ServerRequest req, String name) {
        return req.headers().first(io.helidon.http.HeaderNames.create(name)).filter(v -> !v.isBlank());
    }
}

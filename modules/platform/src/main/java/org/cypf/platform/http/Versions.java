package org.cypf.platform.http;

import io.helidon.webserver.http.ServerRequest;
import org.cypf.kernel.problem.InvalidInput;

/**
 * Optimistic locking over HTTP for resources that carry their version in headers rather than in the body: the
 * version read is sent back as {@code ETag: "3"}, and a change quotes it in {@code If-Match: "3"} (or, for clients
 * that cannot set headers, {@code ?version=3}). Resources whose commands carry {@code version} in the body need
 * none of this: the binder reads it like any other field.
 */
public final class Versions {
    private Versions() {}

    /** {@code "3"}: a strong entity tag holding the version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version the client read, from {@code If-Match: "3"} (weak tags accepted) or {@code ?version=3}. */
    public static long ifMatch(ServerRequest req) {
        String raw = RequestParameters.header(req, "If-Match")
                .or(() -> req.query().first("version").asOptional())
                .orElseThrow(() -> InvalidInput.of("If-Match", "is required: send the ETag (version) you read"));
        try {
            return Long.parseLong(raw.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("If-Match", "must be the version number you read, e.g. \"3\"");
        }
    }
}

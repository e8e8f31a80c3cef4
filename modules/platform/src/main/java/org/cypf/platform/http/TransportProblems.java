package org.cypf.platform.http;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refusals the server makes before any route sees the request (a header block or request line over the limits, a
 * malformed header, a body over the server's cap) as problem+json like every other refusal, not an empty body
 * (issue 9). The detail is fixed per status: the server's own message may quote the request, which may hold
 * personal data, so it is never echoed.
 */
public final class TransportProblems {
    private TransportProblems() {}

    /** Handlers answering every transport event type with problem+json. */
    public static DirectHandlers handlers() {
        var builder = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            builder.addHandler(type, TransportProblems::answer);
        }
        return builder.build();
    }

    static DirectHandler.TransportResponse answer(DirectHandler.TransportRequest request,
                                                  DirectHandler.EventType type, Status status,
                                                  ServerResponseHeaders headers, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:cypf:problem:" + (status.code() >= 500 ? "internal" : "request-refused"));
        body.put("title", status.reasonPhrase());
        body.put("status", status.code());
        body.put("detail", detail(status));
        headers.set(HeaderNames.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE);
        return DirectHandler.TransportResponse.builder()
                .status(status)
                .headers(headers)
                .keepAlive(type.keepAlive())
                .entity(JsonBodies.bytes(body))
                .build();
    }

    private static String detail(Status status) {
        return switch (status.code()) {
            case 400 -> "the request could not be read: its request line or headers are malformed or over the limit "
                    + "(request line and headers together at most the server's maximum, see docs/api/problems.md)";
            case 413 -> "the request body is over the server's limit";
            case 414 -> "the request's URI is over the server's limit";
            case 431 -> "the request's headers are over the server's limit";
            case 505 -> "only HTTP/1.1 and HTTP/2 are served";
            default -> status.code() >= 500 ? "the server could not read the request" : "the request was refused";
        };
    }
}

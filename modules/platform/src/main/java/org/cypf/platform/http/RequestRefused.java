package org.cypf.platform.http;

import io.helidon.http.Status;

/**
 * A request refused for its form rather than its content: a media type CYPF does not read (415) or a body, part or
 * upload over its limit (413), an {@code Idempotency-Key} reused with another body (422) or still in flight (409). {@link ProblemResponses} answers it as problem+json like every other refusal; the
 * kernel's problems are for what the domain refuses, these are for what HTTP refuses.
 */
public final class RequestRefused extends RuntimeException {
    private final Status status;
    private final String title;

    private RequestRefused(Status status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    /** 415: the body is not in a media type this resource reads; the detail says which it does. */
    public static RequestRefused unsupportedMediaType(String... accepted) {
        return new RequestRefused(Status.UNSUPPORTED_MEDIA_TYPE_415, "Unsupported media type",
                "send the body as " + String.join(" or ", accepted));
    }

    /** 413: the body (or a part of it) is over a limit; {@code detail} names the limit, never the content. */
    public static RequestRefused tooLarge(String detail) {
        return new RequestRefused(Status.REQUEST_ENTITY_TOO_LARGE_413, "Request too large", detail);
    }

    /** 422: the {@code Idempotency-Key} was used before with another body (ADR 0030). */
    public static RequestRefused idempotencyKeyReused() {
        return new RequestRefused(Status.create(422, "Unprocessable Content"), "Idempotency-Key reused",
                Idempotency.HEADER + ": this key was used for another request body; send a new key for a new request");
    }

    /** 409: the first request with this {@code Idempotency-Key} has not been answered yet (ADR 0030). */
    public static RequestRefused idempotencyKeyInFlight() {
        return new RequestRefused(Status.CONFLICT_409, "Idempotency-Key in use",
                Idempotency.HEADER + ": a request with this key is still being processed; retry shortly");
    }

    public Status status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** {@code 1 MiB}, {@code 512 KiB}, {@code 100 bytes}: a limit as a person reads it. */
    static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}

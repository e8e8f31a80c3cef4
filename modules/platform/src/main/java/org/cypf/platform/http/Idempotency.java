package org.cypf.platform.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.idempotency.IdempotencyKeys;

/**
 * {@code Idempotency-Key} on creates (draft-ietf-httpapi-idempotency-key-header; ADR 0030). A route that binds a
 * body and answers 201 ({@link Route#created}, or {@code status(CREATED_201)}) that receives the header runs its use case once per (caller, method and path, key):
 * a retry with the same body gets the first answer again (status, {@code Location}, body, and
 * {@code Idempotent-Replayed: true}); the same key with another body is 422; a key whose first request is still
 * running is 409. A refused request keeps nothing, so a corrected retry may reuse its key. Without the header a
 * create behaves as before.
 *
 * <p>The application {@link #install installs} the store once on its routing; contexts declare nothing.
 */
public final class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    /** Sent with an answer that is a replay of the first one. */
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Logger LOG = Logger.getLogger(Idempotency.class.getName());

    private Idempotency() {}

    /** Makes {@code keys} the store of every create served by {@code routing}. */
    public static void install(HttpRouting.Builder routing, IdempotencyKeys keys) {
        Objects.requireNonNull(keys, "keys");
        routing.addFilter((chain, req, res) -> {
            req.context().register(keys);
            chain.proceed();
        });
    }

    /** The key sent with {@code req}, checked (printable ASCII, at most {@value IdempotencyKeys#MAX_KEY_LENGTH}). */
    static Optional<String> key(ServerRequest req) {
        Optional<String> key = RequestParameters.header(req, HEADER).map(String::strip);
        key.ifPresent(k -> {
            if (k.length() > IdempotencyKeys.MAX_KEY_LENGTH || !k.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
                throw InvalidInput.of(HEADER, "must be 1 to " + IdempotencyKeys.MAX_KEY_LENGTH
                        + " printable ASCII characters (a UUID is usual)");
            }
        });
        return key;
    }

    /**
     * Who a key belongs to: the authenticated principal when there is one, otherwise the caller as the context read
     * it; only a digest of it is stored.
     */
    static String owner(ServerRequest req, Object caller) {
        return Authentication.principal(req)
                .map(p -> "principal:" + p.issuer() + "|" + p.userId() + "|" + p.organisation())
                .orElseGet(() -> caller == null ? "anonymous" : "caller:" + caller);
    }

    /** The answer a create gives, as it will be sent and kept. */
    record Answer(int status, String location, byte[] body) {}

    /**
     * Answers a create under {@code key}: the first answer again, a refusal, or {@code create}'s answer, kept for
     * retries. {@code body} is the request body as read (its digest decides "same request").
     */
    static void answer(ServerRequest req, ServerResponse res, String key, Object caller, byte[] body,
                       Supplier<Answer> create) {
        IdempotencyKeys keys = req.context().get(IdempotencyKeys.class)
                .orElseThrow(() -> new IllegalStateException("no IdempotencyKeys installed on this routing"));
        String route = printable(req.prologue().method().text() + " " + req.path().absolute().path());
        var claim = keys.reserve(IdempotencyKeys.Key.of(owner(req, caller), route, key, body));
        switch (claim) {
            case IdempotencyKeys.Replay replay -> {
                if (replay.location() != null) {
                    res.header(HeaderNames.LOCATION, replay.location());
                }
                res.header(REPLAYED, "true");
                res.status(Status.create(replay.status()));
                res.header(HeaderNames.CONTENT_TYPE, JsonBodies.MEDIA_TYPE);
                res.send(replay.body());
            }
            case IdempotencyKeys.OtherBody ignored -> throw RequestRefused.idempotencyKeyReused();
            case IdempotencyKeys.InFlight ignored -> throw RequestRefused.idempotencyKeyInFlight();
            case IdempotencyKeys.Reserved reserved -> {
                Answer answer;
                try {
                    answer = create.get();
                } catch (RuntimeException | Error e) {
                    release(keys, reserved);
                    throw e;
                }
                try {
                    keys.complete(reserved.key(), answer.status(), answer.location(), answer.body());
                } catch (RuntimeException e) {
                    // The record is created: the client gets its answer; a retry sees the key in flight (409) until
                    // it expires rather than creating a second record (ADR 0030).
                    LOG.log(Level.WARNING, "could not keep the answer of {0} for its Idempotency-Key: {1}",
                            new Object[] {route, e.getClass().getName()});
                }
                if (answer.location() != null) {
                    res.header(HeaderNames.LOCATION, answer.location());
                }
                res.status(Status.create(answer.status()));
                res.header(HeaderNames.CONTENT_TYPE, JsonBodies.MEDIA_TYPE);
                res.send(answer.body());
            }
        }
    }

    /** Text PostgreSQL can store whatever the path held (a NUL in a segment the binder did not read). */
    private static String printable(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0xd800 && c <= 0xdfff)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static void release(IdempotencyKeys keys, IdempotencyKeys.Reserved reserved) {
        try {
            keys.release(reserved.key());
        } catch (RuntimeException e) {
            // The refusal is what the client needs; the reservation expires on its own.
            LOG.log(Level.WARNING, "could not release an Idempotency-Key: {0}", e.getClass().getName());
        }
    }
}

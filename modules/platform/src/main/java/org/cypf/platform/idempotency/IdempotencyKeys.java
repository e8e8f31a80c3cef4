package org.cypf.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.Record;

/**
 * The store behind {@code Idempotency-Key} (ADR 0030): table {@code platform.idempotency_key}, one row per
 * (caller, route, key). A create first {@link #reserve reserves} its key (committed at once, so a concurrent request
 * with the same key sees it), then runs, then {@link #complete completes} the row with its answer; a refused
 * request {@link #release releases} it so the client may correct the body and retry under the same key.
 *
 * <p>The reservation is committed before the create and the answer after it, in the platform's own transactions:
 * the routes do not hold the context's unit of work. A crash between the create and the completion leaves a
 * reservation a retry sees as in flight (409) until it expires: never a second create (ADR 0030).
 */
public final class IdempotencyKeys {
    /** How long a key is remembered; a retry after that runs the create again. */
    public static final Duration EXPIRY = Duration.ofHours(24);
    /** Longest key accepted (the draft sets none; a UUID is 36). */
    public static final int MAX_KEY_LENGTH = 255;
    /** Expired rows removed per reservation: keeps the sweep's cost bounded and the table from growing. */
    private static final int SWEEP = 100;

    /** What a request with a key is to do. */
    public sealed interface Claim {}

    /** The key is new (or its row expired): run the create, then {@link #complete} or {@link #release}. */
    public record Reserved(Key key) implements Claim {}

    /** The same key and body were answered before: send this answer again. */
    public record Replay(int status, String location, byte[] body) implements Claim {}

    /** The same key came with another body: 422. */
    public record OtherBody() implements Claim {}

    /** The first request with this key has not finished: 409. */
    public record InFlight() implements Claim {}

    /** A key as scoped: who sent it, to which route, with which body (digests, so nothing personal is kept). */
    public record Key(String callerDigest, String route, String key, String requestSha256) {
        public Key {
            Objects.requireNonNull(callerDigest, "callerDigest");
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(requestSha256, "requestSha256");
        }

        public static Key of(String caller, String route, String key, byte[] body) {
            return new Key(sha256(caller.getBytes(StandardCharsets.UTF_8)), route, key, sha256(body));
        }
    }

    private final ContextDatabase platform;

    public IdempotencyKeys(ContextDatabase platform) {
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /** Reserves {@code key}, or says what the earlier request with it decides. */
    public Claim reserve(Key key) {
        return platform.inTransaction(() -> {
            var dsl = platform.transactionalDsl();
            dsl.execute("""
                    delete from platform.idempotency_key where ctid in (select ctid from platform.idempotency_key
                     where created_at < now() - ?::interval order by created_at limit ?)""", interval(), SWEEP);
            // The primary key serialises concurrent reservations: one insert wins, the others wait for its commit
            // and then update nothing (the row is not expired), so they read the winner's row below.
            int inserted = dsl.execute("""
                    insert into platform.idempotency_key (caller_digest, route, idempotency_key, request_sha256)
                    values (?, ?, ?, ?)
                    on conflict (caller_digest, route, idempotency_key) do update
                       set request_sha256 = excluded.request_sha256, status = null, location = null,
                           response_body = null, created_at = now()
                     where platform.idempotency_key.created_at < now() - ?::interval""",
                    key.callerDigest(), key.route(), key.key(), key.requestSha256(), interval());
            if (inserted == 1) {
                return new Reserved(key);
            }
            Record row = dsl.fetchOne("""
                    select request_sha256, status, location, response_body from platform.idempotency_key
                     where caller_digest = ? and route = ? and idempotency_key = ?""",
                    key.callerDigest(), key.route(), key.key());
            if (row == null) {
                // Released between our insert's conflict and this read: the client may retry at once.
                return new InFlight();
            }
            if (!key.requestSha256().equals(row.get(0, String.class))) {
                return new OtherBody();
            }
            Integer status = row.get(1, Integer.class);
            return status == null ? new InFlight()
                    : new Replay(status, row.get(2, String.class), row.get(3, byte[].class));
        });
    }

    /** Keeps the first answer for retries. */
    public void complete(Key key, int status, String location, byte[] body) {
        platform.inTransaction(() -> platform.transactionalDsl().execute("""
                update platform.idempotency_key set status = ?, location = ?, response_body = ?
                 where caller_digest = ? and route = ? and idempotency_key = ? and status is null""",
                status, location, body, key.callerDigest(), key.route(), key.key()));
    }

    /** Forgets a reservation whose request was refused or failed: nothing was created, so a retry may run. */
    public void release(Key key) {
        platform.inTransaction(() -> platform.transactionalDsl().execute("""
                delete from platform.idempotency_key
                 where caller_digest = ? and route = ? and idempotency_key = ? and status is null""",
                key.callerDigest(), key.route(), key.key()));
    }

    private static String interval() {
        return EXPIRY.toSeconds() + " seconds";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

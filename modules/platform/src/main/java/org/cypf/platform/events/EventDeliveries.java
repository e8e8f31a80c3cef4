package org.cypf.platform.events;

import static org.cypf.platform.events.OutboxTables.*;

import java.time.Instant;
import java.util.List;
import org.cypf.platform.db.ContextDatabase;

/** What operators see of deliveries: counts for metrics, the failed ones to investigate, and resubmission. */
public final class EventDeliveries {
    public record Delivery(String subscriberId, long position, String eventName, String aggregateId, String status,
                           int attempts, Instant nextAttemptAt, String lastError) {}

    public record Counts(long pending, long failed, long completed) {}

    private final ContextDatabase platform;

    public EventDeliveries(ContextDatabase platform) {
        this.platform = platform;
    }

    public Counts counts() {
        return platform.inTransaction(() -> {
            var row = platform.transactionalDsl().resultQuery("""
                    select count(*) filter (where status = 'PENDING'), count(*) filter (where status = 'FAILED'),
                           count(*) filter (where status = 'COMPLETED') from platform.event_delivery""").fetchOne();
            return new Counts(row.get(0, Long.class), row.get(1, Long.class), row.get(2, Long.class));
        });
    }

    /** Deliveries in {@code status} (PENDING, FAILED or COMPLETED), oldest first. */
    public List<Delivery> withStatus(String status, int limit) {
        return withStatus(status, 0, limit);
    }

    /** One page of the deliveries in {@code status}, oldest first: {@code limit} of them after the first {@code offset}. */
    public List<Delivery> withStatus(String status, long offset, int limit) {
        return platform.inTransaction(() -> platform.transactionalDsl()
                .select(SUBSCRIBER_ID, EVENT_POSITION, EVENT_NAME, DELIVERY_AGGREGATE_ID, STATUS, ATTEMPTS, NEXT_ATTEMPT_AT, LAST_ERROR)
                .from(DELIVERY).join(OUTBOX).on(POSITION.eq(EVENT_POSITION))
                .where(STATUS.eq(status))
                .orderBy(EVENT_POSITION, SUBSCRIBER_ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new Delivery(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7().toInstant(), r.value8())));
    }

    /** How many deliveries are in {@code status}. */
    public long count(String status) {
        Counts counts = counts();
        return switch (status) {
            case "PENDING" -> counts.pending();
            case "FAILED" -> counts.failed();
            case "COMPLETED" -> counts.completed();
            default -> 0;
        };
    }

    /** Puts a FAILED delivery back in the queue with a fresh budget of attempts; false if there was none. */
    public boolean resubmit(String subscriberId, long position) {
        return platform.inTransaction(() -> platform.transactionalDsl()
                .update(DELIVERY)
                .set(STATUS, "PENDING")
                .set(ATTEMPTS, 0)
                .set(NEXT_ATTEMPT_AT, java.time.OffsetDateTime.now())
                .where(SUBSCRIBER_ID.eq(subscriberId).and(EVENT_POSITION.eq(position)).and(STATUS.eq("FAILED")))
                .execute() == 1);
    }
}

package org.cypf.platform.events;

import static org.cypf.platform.events.OutboxTables.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.RenderedQuery;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Delivers outbox events to subscribers in other contexts: at least once, in order per aggregate and subscriber,
 * with back-off, and exactly once in effect because each subscriber's inbox row commits with its change.
 *
 * <p>One poll is two transactions on the platform database: fan new outbox rows out into one delivery row per
 * subscriber (alone, under the cluster-wide dispatcher lock), then claim and attempt the heads of (subscriber,
 * aggregate) chains that are due, skipping heads another dispatcher holds. A crash anywhere rolls the poll's
 * bookkeeping back; the next poll redelivers, and the inbox turns the redelivery into a no-op. See
 * docs/architecture/events.md and ADR 0035.
 */
public final class EventDispatcher implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());
    /**
     * Advisory lock key ("CYPF" + 1), cluster-wide: a fan-out holds it alone, delivery transactions hold it shared,
     * so any number of dispatchers deliver at once and a fan-out never runs beside a delivery.
     */
    private static final long DISPATCHER_LOCK = 0x4359504600000001L;
    private static final int FAN_OUT_BATCH = 500;
    private static final int DELIVERY_BATCH = 100;
    /** How often the polling loop recounts open deliveries for the metrics. */
    private static final Duration BACKLOG_REFRESH = Duration.ofSeconds(1);

    /**
     * Open deliveries as counted by the polling loop, for metrics, which must answer without waiting on the
     * database (issue 9): when it is down, this keeps the last count and the time it was taken.
     *
     * @param observedAt null until the first count
     */
    public record Backlog(long pending, long failed, Instant observedAt) {}

    /** Test seam: runs after a subscriber committed and before the delivery is acknowledged. */
    interface AfterHandled {
        void run(String subscriberId, long position);
    }

    // The dispatcher's statements run for every event delivered: rendered once (ADR 0125).
    private static final RenderedQuery<Record> ANY_TO_FAN_OUT = RenderedQuery.sql(
            "select 1 from platform.outbox where not fanned_out limit 1", 0, DSL.field("one", Integer.class));
    private static final RenderedQuery<Record> LOCK_ALONE = RenderedQuery.sql(
            "select pg_advisory_xact_lock(?)::text", 1, DSL.field("locked", String.class));
    private static final RenderedQuery<Record> LOCK_SHARED = RenderedQuery.sql(
            "select pg_advisory_xact_lock_shared(?)::text", 1, DSL.field("locked", String.class));
    private static final RenderedQuery<Record> CLAIM_DUE_HEADS = RenderedQuery.sql("""
            select d.subscriber_id, d.event_position, d.attempts, o.event_id, o.event_name, o.event_version,
                   o.source_context, o.aggregate_id, o.payload, o.occurred_at
              from (select h.subscriber_id, h.event_position, h.due_at from platform.event_chain_head h
                     where h.due_at <= ?
                     order by h.due_at, h.event_position
                     limit ?
                     for update skip locked) head
              join platform.event_delivery d
                on d.subscriber_id = head.subscriber_id and d.event_position = head.event_position
              join platform.outbox o on o.position = head.event_position
             where d.status = 'PENDING'
             order by head.due_at, head.event_position""", 2, SUBSCRIBER_ID, EVENT_POSITION, ATTEMPTS, EVENT_ID,
            EVENT_NAME, EVENT_VERSION, SOURCE_CONTEXT, AGGREGATE_ID, PAYLOAD, OCCURRED_AT);
    private static final RenderedQuery<Record> FAN_OUT = RenderedQuery.sql("""
            update platform.outbox o set fanned_out = true
              from (select position from platform.outbox where not fanned_out
                     order by position limit ? for update skip locked) batch
             where o.position = batch.position
            returning o.position, o.event_name, o.event_version, o.aggregate_id""", 1, POSITION, EVENT_NAME,
            EVENT_VERSION, AGGREGATE_ID);
    private static final RenderedQuery<Record> DELIVERIES = RenderedQuery.sql("""
            insert into platform.event_delivery (subscriber_id, event_position, aggregate_id, status, next_attempt_at)
            select d.subscriber_id, d.event_position, d.aggregate_id, 'PENDING', ?
              from unnest(?::text[], ?::bigint[], ?::text[]) with ordinality
                   as d(subscriber_id, event_position, aggregate_id, seq)
             order by d.seq
            on conflict do nothing""", 4);
    private static final RenderedQuery<Record> COMPLETED = RenderedQuery.sql("""
            update platform.event_delivery
               set status = 'COMPLETED', attempts = attempts + 1, completed_at = ?, last_error = null
             where subscriber_id = ? and event_position = ?""", 3);

    private final ContextDatabase platform;
    private final Map<String, EventSubscription> subscriptions;
    private final RetryPolicy retry;
    private final Clock clock;
    private final AfterHandled afterHandled;
    private volatile Thread loop;
    private volatile boolean stopping;
    private volatile Backlog backlog = new Backlog(0, 0, null);
    private long backlogRefreshedAt = System.nanoTime() - BACKLOG_REFRESH.toNanos();

    public EventDispatcher(ContextDatabase platform, List<EventSubscription> subscriptions, RetryPolicy retry) {
        this(platform, subscriptions, retry, Clock.systemUTC(), (s, p) -> {});
    }

    EventDispatcher(ContextDatabase platform, List<EventSubscription> subscriptions, RetryPolicy retry,
                    Clock clock, AfterHandled afterHandled) {
        this.platform = platform;
        this.subscriptions = subscriptions.stream()
                .collect(Collectors.toUnmodifiableMap(EventSubscription::subscriberId, Function.identity()));
        this.retry = retry;
        this.clock = clock;
        this.afterHandled = afterHandled;
    }

    /**
     * One poll; returns how many deliveries were attempted (0 when idle). Two transactions on the platform database:
     * the fan-out, then the deliveries. Any number of dispatchers (app instances) may poll one database at once: each
     * claims the heads of different chains ({@code FOR UPDATE SKIP LOCKED}), so each delivery is attempted by one of
     * them at a time and the inbox makes any redelivery a no-op (ADR 0035).
     */
    public int dispatchOnce() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        fanOut(now);
        return deliverDue(now);
    }

    /**
     * Fans new outbox rows out into deliveries, alone: it waits for the delivery transactions in progress (they hold
     * the lock shared) and holds new ones back until it commits. So a chain's head is never recomputed by a fan-out
     * while a delivery of that chain is in flight, and two fan-outs never interleave a chain's events. Skipped at once
     * when there is nothing to fan out (an index probe of {@code outbox_not_fanned_out}).
     */
    private void fanOut(OffsetDateTime now) {
        platform.inTransaction(() -> {
            DSLContext dsl = platform.transactionalDsl();
            if (ANY_TO_FAN_OUT.fetch(dsl).isEmpty()) {
                return null;
            }
            LOCK_ALONE.fetch(dsl, DISPATCHER_LOCK);
            fanOut(dsl, now);
            return null;
        });
    }

    private int deliverDue(OffsetDateTime now) {
        return platform.inTransaction(() -> {
            DSLContext dsl = platform.transactionalDsl();
            LOCK_SHARED.fetch(dsl, DISPATCHER_LOCK);
            // After a head completes, the next event of its chain is due at once: claim again (within the batch)
            // so a long chain is not held to one event per poll. A delivery is attempted at most once per poll.
            Set<String> attempted = new HashSet<>();
            while (attempted.size() < DELIVERY_BATCH) {
                List<Record> due = claimDueHeads(dsl, now, DELIVERY_BATCH - attempted.size()).stream()
                        .filter(row -> attempted.add(row.get(SUBSCRIBER_ID) + "#" + row.get(EVENT_POSITION)))
                        .toList();
                if (due.isEmpty()) {
                    break;
                }
                for (Record row : due) {
                    attempt(dsl, row, now);
                }
            }
            return attempted.size();
        });
    }

    /**
     * The heads of (subscriber, aggregate) chains that are due, oldest due first, locked for this poll: a range scan
     * of {@code event_chain_head_due} with a LIMIT, skipping heads another dispatcher has locked, then primary-key
     * lookups for at most {@code limit} rows. Its cost depends on the batch, not on the backlog or on the planner's
     * statistics (the trigger of migration platform V2 keeps one head per open chain). A head this poll already
     * holds (its chain moved on) is claimed again.
     */
    private static List<Record> claimDueHeads(DSLContext dsl, OffsetDateTime now, int limit) {
        return CLAIM_DUE_HEADS.fetch(dsl, now, limit);
    }

    private void fanOut(DSLContext dsl, OffsetDateTime now) {
        var fresh = FAN_OUT.fetch(dsl, FAN_OUT_BATCH);
        // One delivery a subscriber an event, all in one statement in the events' order (the chain-head trigger of
        // migration platform V2 sees them in that order, as it saw one insert after another).
        List<String> subscribers = new java.util.ArrayList<>();
        List<Long> positions = new java.util.ArrayList<>();
        List<String> aggregates = new java.util.ArrayList<>();
        for (Record event : fresh) {
            for (EventSubscription subscription : subscriptions.values()) {
                if (subscription.handles(event.get(EVENT_NAME), event.get(EVENT_VERSION))) {
                    subscribers.add(subscription.subscriberId());
                    positions.add(event.get(POSITION));
                    aggregates.add(event.get(AGGREGATE_ID));
                }
            }
        }
        if (!subscribers.isEmpty()) {
            DELIVERIES.execute(dsl, now, subscribers.toArray(String[]::new), positions.toArray(Long[]::new),
                    aggregates.toArray(String[]::new));
        }
    }

    private void attempt(DSLContext dsl, Record row, OffsetDateTime now) {
        String subscriberId = row.get(SUBSCRIBER_ID);
        long position = row.get(EVENT_POSITION);
        try {
            deliver(subscriberId, row);
            afterHandled.run(subscriberId, position);
            COMPLETED.execute(dsl, now, subscriberId, position);
        } catch (RuntimeException failure) {
            int attempts = row.get(ATTEMPTS) + 1;
            boolean givingUp = attempts >= retry.maxAttempts();
            // Only the exception's class: messages can quote the data being handled (a child's details).
            String error = failure.getClass().getName()
                    + (failure.getCause() == null ? "" : " caused by " + failure.getCause().getClass().getName());
            LOG.log(Level.WARNING, "delivery of {0} #{1} to {2} failed (attempt {3}{4}): {5}",
                    new Object[] {row.get(EVENT_NAME), position, subscriberId, attempts, givingUp ? ", giving up" : "", error});
            dsl.update(DELIVERY)
                    .set(STATUS, givingUp ? "FAILED" : "PENDING")
                    .set(ATTEMPTS, attempts)
                    .set(NEXT_ATTEMPT_AT, now.plus(retry.delayAfter(attempts)))
                    .set(LAST_ERROR, error)
                    .where(SUBSCRIBER_ID.eq(subscriberId).and(EVENT_POSITION.eq(position)))
                    .execute();
        }
    }

    private void deliver(String subscriberId, Record row) {
        EventSubscription subscription = subscriptions.get(subscriberId);
        if (subscription == null) {
            throw new IllegalStateException("no subscriber is registered under this id");
        }
        var metadata = new EventMetadata(row.get(EVENT_ID), row.get(EVENT_NAME), row.get(EVENT_VERSION),
                row.get(SOURCE_CONTEXT), row.get(AGGREGATE_ID), row.get(OCCURRED_AT).toInstant(), row.get(EVENT_POSITION));
        subscription.applyOnce(metadata, row.get(PAYLOAD).data());
    }

    /** The open deliveries at the loop's last count; never touches the database. */
    public Backlog backlog() {
        return backlog;
    }

    /** Counts the open deliveries now (bounded by a statement timeout) and keeps the count for {@link #backlog()}. */
    public Backlog refreshBacklog() {
        backlogRefreshedAt = System.nanoTime();
        Backlog counted = platform.inTransaction(() -> {
            DSLContext dsl = platform.transactionalDsl();
            dsl.execute("set local statement_timeout = '2s'");
            Record row = dsl.resultQuery("""
                    select count(*) filter (where status = 'PENDING'), count(*) filter (where status = 'FAILED')
                      from platform.event_delivery where status <> 'COMPLETED'""").fetchOne();
            return new Backlog(row.get(0, Long.class), row.get(1, Long.class), clock.instant());
        });
        backlog = counted;
        return counted;
    }

    /** Polls on a virtual thread until {@link #close()}; rests {@code idle} when there was nothing to do. */
    public synchronized void start(Duration idle) {
        if (loop != null) {
            return;
        }
        stopping = false;
        loop = Thread.ofVirtual().name("cypf-event-dispatcher").start(() -> {
            while (!stopping) {
                try {
                    int attempted = dispatchOnce();
                    if (System.nanoTime() - backlogRefreshedAt >= BACKLOG_REFRESH.toNanos()) {
                        refreshBacklog();
                    }
                    if (attempted == 0) {
                        LockSupport.parkNanos(idle.toNanos());
                    }
                } catch (RuntimeException e) {
                    if (!stopping) {
                        LOG.log(Level.WARNING, "event dispatch poll failed: {0}", e.getClass().getName());
                        LockSupport.parkNanos(idle.multipliedBy(10).toNanos());
                    }
                }
            }
        });
    }

    @Override
    public synchronized void close() {
        if (loop != null) {
            // No interrupt: a poll waiting on the database finishes (and commits or rolls back) cleanly.
            stopping = true;
            LockSupport.unpark(loop);
            try {
                loop.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            loop = null;
        }
    }

}

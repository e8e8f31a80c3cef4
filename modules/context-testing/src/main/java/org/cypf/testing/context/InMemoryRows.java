package org.cypf.testing.context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * The rows of one in-memory adapter, kept as {@link InMemoryUnitOfWork} promises (ADR 0097): a unit of work sees the
 * committed rows with its own writes over them; its writes reach the others when it commits and are gone when it
 * throws; a lock it takes is held to its end, as a database's row lock or unique index holds a second writer until
 * the first commits. Every in-memory adapter keeps its rows here, so each states only its port's own rules.
 *
 * @param <K> a row's key
 * @param <V> a row
 */
public final class InMemoryRows<K, V> {
    private final Map<K, V> committed = new ConcurrentHashMap<>();
    private final Map<Object, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** The row with that key as this unit of work sees it (or as committed, outside one). */
    public Optional<V> find(K key) {
        Optional<Map<K, Optional<V>>> own = InMemoryUnitOfWork.open().flatMap(tx -> tx.peek(this));
        if (own.isPresent() && own.get().containsKey(key)) {
            return own.get().get(key);
        }
        return Optional.ofNullable(committed.get(key));
    }

    /** The rows this unit of work sees that match, in the order the adapter reads them after (unsorted here). */
    public List<V> where(Predicate<? super V> which) {
        Map<K, V> visible = new LinkedHashMap<>(committed);
        InMemoryUnitOfWork.open().flatMap(tx -> tx.<Map<K, Optional<V>>>peek(this)).ifPresent(own ->
                own.forEach((key, row) -> row.ifPresentOrElse(v -> visible.put(key, v), () -> visible.remove(key))));
        return visible.values().stream().filter(which).toList();
    }

    /**
     * Holds the lock named {@code key} until the unit of work ends: take it before checking what a unique index or a
     * version guards, so that of two writers at once the second checks after the first has committed.
     */
    public void lock(Object key) {
        var tx = InMemoryUnitOfWork.current();
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        if (!lock.isHeldByCurrentThread()) {
            lock.lock();
            tx.onEnd(lock::unlock);
        }
    }

    /** Writes the row in the open unit of work; the others see it when that commits. */
    public void put(K key, V row) {
        own().put(key, Optional.of(row));
    }

    /** Removes the row in the open unit of work; the others still see it until that commits. */
    public void remove(K key) {
        own().put(key, Optional.empty());
    }

    private Map<K, Optional<V>> own() {
        var tx = InMemoryUnitOfWork.current();
        return tx.staged(this, () -> {
            Map<K, Optional<V>> writes = new LinkedHashMap<>();
            tx.onCommit(() -> writes.forEach((key, row) ->
                    row.ifPresentOrElse(v -> committed.put(key, v), () -> committed.remove(key))));
            return writes;
        });
    }
}

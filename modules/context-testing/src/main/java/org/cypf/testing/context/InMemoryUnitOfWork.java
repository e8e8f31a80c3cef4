package org.cypf.testing.context;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * A unit of work for in-memory adapters (ADR 0097), so that they keep the promise the database keeps: what a unit of
 * work writes is seen by the others only when it commits, and is gone when it throws. An adapter stages its writes
 * with {@link Transaction#staged} or {@link Transaction#onCommit}; commits are applied one at a time, so a reader
 * never sees half of one. Nested calls join the outer unit, as {@code ContextDatabase} does. One per thread, shared
 * by every in-memory adapter, as one connection is shared by a context's adapters.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {
    private static final ThreadLocal<Transaction> CURRENT = new ThreadLocal<>();
    /** Commits are applied one at a time across every in-memory adapter. */
    private static final Object COMMITS = new Object();

    /** The writes of one unit of work, held back until it commits. */
    public static final class Transaction {
        private final Map<Object, Object> staged = new IdentityHashMap<>();
        private final List<Runnable> onCommit = new ArrayList<>();
        private final List<Runnable> onEnd = new ArrayList<>();

        private Transaction() {}

        /** The adapter's own staging area in this unit of work, made on first use. */
        @SuppressWarnings("unchecked")
        public <S> S staged(Object adapter, Supplier<S> fresh) {
            return (S) staged.computeIfAbsent(adapter, a -> fresh.get());
        }

        /** The adapter's staging area if it has written in this unit of work; never makes one. */
        @SuppressWarnings("unchecked")
        public <S> Optional<S> peek(Object adapter) {
            return Optional.ofNullable((S) staged.get(adapter));
        }

        /** Runs when the unit of work commits, after the work and in the order registered. */
        public void onCommit(Runnable action) {
            onCommit.add(action);
        }

        /** Runs when the unit of work ends, committed or not (a lock held to its end is released here). */
        public void onEnd(Runnable action) {
            onEnd.add(action);
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (CURRENT.get() != null) {
            return work.get();
        }
        Transaction transaction = new Transaction();
        CURRENT.set(transaction);
        try {
            T result = work.get();
            synchronized (COMMITS) {
                transaction.onCommit.forEach(Runnable::run);
            }
            return result;
        } finally {
            CURRENT.remove();
            transaction.onEnd.forEach(Runnable::run);
        }
    }

    /**
     * Runs {@code work} in a unit of work of its own even when one is open on this thread, which waits meanwhile: a
     * refusal audited on its own, as a database adapter does on a second connection.
     */
    public <T> T separately(Supplier<T> work) {
        Transaction outer = CURRENT.get();
        CURRENT.remove();
        try {
            return inTransaction(work);
        } finally {
            if (outer != null) {
                CURRENT.set(outer);
            }
        }
    }

    /**
     * The unit of work open on this thread.
     *
     * @throws IllegalStateException outside one, as a database adapter's write is outside a transaction
     */
    public static Transaction current() {
        Transaction transaction = CURRENT.get();
        if (transaction == null) {
            throw new IllegalStateException("no unit of work is open: in-memory adapters write only inside one");
        }
        return transaction;
    }

    /** The unit of work open on this thread, if any. */
    public static Optional<Transaction> open() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code read} so that no commit is applied meanwhile: a reading of several maps sees one state. */
    public static <T> T consistently(Supplier<T> read) {
        synchronized (COMMITS) {
            return read.get();
        }
    }
}

package org.cypf.kernel.transaction;

import java.util.function.Supplier;

/**
 * The boundary of one change: everything inside commits together or not at all (the record, its audit entry
 * and its outgoing events). Nested calls join the outer unit. Each context gets one bound to its own database role.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code work} as one unit of work that sees the records as they were at its first statement, so that what
     * it reads in several statements agrees: a page's items and the total counted beside them (a child who left care
     * between the two statements once made a page hold more children than its total, and the request fail). It may
     * still write what a read writes (the audit of the read). Nested in an open unit of work it joins that one, as
     * {@link #inTransaction} does. An implementation whose reads always agree needs nothing more than this default.
     */
    default <T> T inSnapshot(Supplier<T> work) {
        return inTransaction(work);
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

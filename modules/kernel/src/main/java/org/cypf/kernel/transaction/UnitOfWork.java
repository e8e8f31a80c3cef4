package org.cypf.kernel.transaction;

import java.util.function.Supplier;

/**
 * The boundary of one change: everything inside commits together or not at all (the record, its audit entry
 * and its outgoing events). Nested calls join the outer unit. Each context gets one bound to its own database role.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

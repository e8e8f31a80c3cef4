package org.cypf.platform.db;

import org.cypf.kernel.problem.Conflict;
import org.jooq.exception.DataAccessException;

/**
 * An insert a unique index refuses is the port's {@link Conflict} (a row held already, or added first by a unit of
 * work beside this one), not the database's own error; any other refusal (a foreign key, a check) stays the
 * database's. One place for every context's jOOQ stores, so each says only what it refuses.
 */
public final class UniqueViolations {
    /** PostgreSQL's unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {}

    /** Runs {@code insert}; a unique violation becomes a {@link Conflict} saying {@code held}. */
    public static void refusedAsConflict(Runnable insert, String held) {
        try {
            insert.run();
        } catch (DataAccessException e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                throw new Conflict(held);
            }
            throw e;
        }
    }
}

package org.cypf.platform.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;

/**
 * PostgreSQL cannot serve a unit of work: no connection within the pool's timeout (the server is down, unreachable or
 * every connection is busy), or the connection broke under a statement.
 * Not the client's fault and not a bug, so HTTP answers 503 with {@code Retry-After} (platform.http's
 * ProblemResponses), not 500. Whether a write in flight when the connection broke was committed is unknown; a
 * client retries it as it would any unanswered request. The message names only the context, never data.
 */
public final class DatabaseUnavailable extends RuntimeException {
    /** What a client is told to wait before trying again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** PostgreSQL's "operator intervention" states that mean the server is going or not yet there. */
    private static final Set<String> SERVER_NOT_AVAILABLE = Set.of("57P01", "57P02", "57P03");

    DatabaseUnavailable(String schema, Throwable cause) {
        super("the database of " + schema + " is unavailable", cause);
    }

    public Duration retryAfter() {
        return RETRY_AFTER;
    }

    /**
     * True when {@code failure} or one of its causes says the connection, not the statement, failed: HikariCP's
     * timeout ({@link SQLTransientConnectionException}), SQLSTATE class 08 (connection exception) or 57P01-03.
     */
    static boolean isConnectionFailure(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_NOT_AVAILABLE.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}

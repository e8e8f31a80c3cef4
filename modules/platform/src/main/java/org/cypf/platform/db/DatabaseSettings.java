package org.cypf.platform.db;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the PostgreSQL server as its administrative user (the owner of every schema).
 * Each context's pool logs in with these credentials and then switches to the context's own role,
 * so the role's privileges, not the login's, govern every statement (see ADR 0004).
 *
 * @param connectionTimeout the longest a unit of work waits for a connection before it fails with
 *                          {@link DatabaseUnavailable} (config {@code db.connection-timeout-ms}; ADR 0017)
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, Duration connectionTimeout) {
    /** Short, so a request fails fast with 503 when the database is gone instead of holding its client. */
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(2);
    /** HikariCP refuses anything shorter. */
    private static final Duration SHORTEST_CONNECTION_TIMEOUT = Duration.ofMillis(250);

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (connectionTimeout.compareTo(SHORTEST_CONNECTION_TIMEOUT) < 0) {
            throw new IllegalArgumentException("db.connection-timeout-ms must be at least 250");
        }
    }

    public DatabaseSettings(String jdbcUrl, String user, String password) {
        this(jdbcUrl, user, password, DEFAULT_CONNECTION_TIMEOUT);
    }

    /** The same server and credentials, another database on it (used by the test fixture). */
    public DatabaseSettings withDatabase(String database) {
        int slash = jdbcUrl.lastIndexOf('/');
        int query = jdbcUrl.indexOf('?', slash);
        String suffix = query < 0 ? "" : jdbcUrl.substring(query);
        return new DatabaseSettings(jdbcUrl.substring(0, slash + 1) + database + suffix, user, password, connectionTimeout);
    }

    public DatabaseSettings withConnectionTimeout(Duration timeout) {
        return new DatabaseSettings(jdbcUrl, user, password, timeout);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + jdbcUrl + " as " + user + "]"; // never the password
    }
}

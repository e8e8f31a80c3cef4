package org.cypf.platform.db;

import java.util.Objects;

/**
 * How to reach the PostgreSQL server as its administrative user (the owner of every schema).
 * Each context's pool logs in with these credentials and then switches to the context's own role,
 * so the role's privileges, not the login's, govern every statement (see ADR 0004).
 */
public record DatabaseSettings(String jdbcUrl, String user, String password) {
    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
    }

    /** The same server and credentials, another database on it (used by the test fixture). */
    public DatabaseSettings withDatabase(String database) {
        int slash = jdbcUrl.lastIndexOf('/');
        int query = jdbcUrl.indexOf('?', slash);
        String suffix = query < 0 ? "" : jdbcUrl.substring(query);
        return new DatabaseSettings(jdbcUrl.substring(0, slash + 1) + database + suffix, user, password);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + jdbcUrl + " as " + user + "]"; // never the password
    }
}

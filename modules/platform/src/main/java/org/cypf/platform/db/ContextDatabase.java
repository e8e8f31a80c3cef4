package org.cypf.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.cypf.db.Schemas;
import org.cypf.kernel.transaction.UnitOfWork;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * One context's door to PostgreSQL: a connection pool whose every connection runs as the context's role
 * ({@link Schemas#roleFor}), which may use only the context's own schema (plus inserting into the platform's
 * outbox/inbox and governance's access audit). A reach into another context's tables fails in the database,
 * whatever the Java code does.
 */
public final class ContextDatabase implements UnitOfWork, AutoCloseable {
    /** Held strongly: java.util.logging keeps only weak references to configured loggers. */
    private static final java.util.logging.Logger JOOQ_VERSION_PROBE =
            java.util.logging.Logger.getLogger("org.jooq.impl.DefaultExecuteContext");
    static {
        // jOOQ prints a banner and "tips of the day" on first use; a service's log is no place for them.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // jOOQ's open-source edition logs a "Version mismatch" warning about PostgreSQL 17 on every new connection;
        // the POSTGRES dialect serves 17 (every test runs on it), so only that logger is quietened.
        JOOQ_VERSION_PROBE.setLevel(java.util.logging.Level.SEVERE);
    }

    private final String schema;
    private final HikariDataSource pool;
    private final DSLContext dsl;

    private ContextDatabase(String schema, HikariDataSource pool) {
        this.schema = schema;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.POSTGRES);
    }

    /**
     * Opens a pool for {@code schema}, running as role {@code roleFor(schema)}.
     *
     * @param maxConnections small on purpose: a context's statements are short and Helidon's virtual threads queue cheaply
     */
    public static ContextDatabase open(DatabaseSettings settings, String schema, int maxConnections) {
        var config = new HikariConfig();
        config.setPoolName("cypf-" + schema);
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(maxConnections);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        config.setConnectionInitSql("SET ROLE " + Schemas.roleFor(schema) + "; SET search_path TO " + schema);
        config.setAutoCommit(true);
        return new ContextDatabase(schema, new HikariDataSource(config));
    }

    public String schema() {
        return schema;
    }

    /**
     * Runs {@code work} in one transaction of this database. Nested calls on the same database join the
     * outer transaction; a call on another context's database (an event subscriber) opens its own.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (CurrentTransaction.ownedBy(this)) {
            return work.get();
        }
        return dsl.transactionResult(configuration -> CurrentTransaction.within(this, configuration.dsl(), work));
    }

    /** The jOOQ context of the transaction open on this database; persistence adapters use nothing else. */
    public DSLContext transactionalDsl() {
        return CurrentTransaction.of(this);
    }

    /** True when a trivial statement succeeds within {@code timeout}; used by the health check. */
    public boolean isReachable(Duration timeout) {
        try (var connection = pool.getConnection()) {
            return connection.isValid((int) Math.max(1, timeout.toSeconds()));
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "ContextDatabase[" + schema + "]";
    }
}

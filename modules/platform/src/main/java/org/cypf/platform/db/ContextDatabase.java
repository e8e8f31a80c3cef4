package org.cypf.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;
import org.cypf.db.Schemas;
import org.cypf.kernel.transaction.UnitOfWork;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;

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
    /**
     * jOOQ without its per-statement extras (ADR 0092): no execute logging (a listener on every statement, though its
     * debug output is never enabled) and no fetching of SQL warnings after each statement (a driver call CYPF never reads).
     */
    private static final Settings SETTINGS = new Settings().withExecuteLogging(false).withFetchWarnings(false)
            .withRenderFormatted(false);

    private final DatabaseSettings settings;
    private final HikariDataSource pool;

    private ContextDatabase(String schema, DatabaseSettings settings, HikariDataSource pool) {
        this.schema = schema;
        this.settings = settings;
        this.pool = pool;
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
        // Fail fast when the database is gone (issue 9): a unit of work waits at most this long for a connection,
        // then DatabaseUnavailable (503). A dead idle connection is found within the validation timeout, and a new
        // one is given up on after the driver's connect timeout (whole seconds) instead of the driver's 10 s.
        long timeout = settings.connectionTimeout().toMillis();
        config.setConnectionTimeout(timeout);
        config.setValidationTimeout(Math.max(250, Math.min(1_000, timeout / 2)));
        config.addDataSourceProperty("connectTimeout", wholeSeconds(settings.connectionTimeout()));
        config.addDataSourceProperty("loginTimeout", wholeSeconds(settings.connectionTimeout()));
        // Custom plans always (ADR 0092): after five executions PostgreSQL may switch a prepared statement to a generic
        // plan that ignores the date and the strategy it is given, which made the scorecard's counts 2.5 times slower.
        config.setConnectionInitSql("SET ROLE " + Schemas.roleFor(schema) + "; SET search_path TO " + schema
                + "; SET plan_cache_mode TO force_custom_plan");
        config.setAutoCommit(true);
        return new ContextDatabase(schema, settings, new HikariDataSource(config));
    }

    /**
     * Opens a small, read-only pool on another system's database that CYPF reads (a school information system, ADR
     * 0103 and 0107), in the dialect its JDBC URL names ({@code jdbc:mariadb:...}). Only the application calls it, as
     * it calls {@link #open}: the opening of every connection stays in this one class (TECH-05). The driver must be
     * on the application's class path.
     *
     * @param name what the pool is called in the logs, e.g. {@code school-system}
     */
    public static SourceDatabase openSource(DatabaseSettings settings, String name, int maxConnections) {
        var config = new HikariConfig();
        config.setPoolName("cypf-source-" + name);
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(maxConnections);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        // Starts without connecting: a system that is down does not stop CYPF starting, each run of the reader
        // fails instead (and is tried again). A URL for which CYPF has no driver still fails here, at start.
        config.setInitializationFailTimeout(-1);
        config.setReadOnly(true);
        SQLDialect dialect = JDBCUtils.dialect(settings.jdbcUrl());
        if (dialect == SQLDialect.DEFAULT) {
            throw new IllegalArgumentException("no SQL dialect is known for the source database's URL (" + name + ")");
        }
        var pool = new HikariDataSource(config);
        return new SourceDatabase(name, DSL.using(pool, dialect, SETTINGS), pool);
    }

    /**
     * Another system's database CYPF only reads, opened by {@link #openSource}; persistence adapters read it through
     * {@link #dsl()}.
     */
    public static final class SourceDatabase implements AutoCloseable {
        private final String name;
        private final DSLContext dsl;
        private final HikariDataSource pool;

        private SourceDatabase(String name, DSLContext dsl, HikariDataSource pool) {
            this.name = name;
            this.dsl = dsl;
            this.pool = pool;
        }

        public String name() {
            return name;
        }

        /** A jOOQ context on the source database, one connection of the pool per statement (read only). */
        public DSLContext dsl() {
            return dsl;
        }

        @Override
        public void close() {
            pool.close();
        }

        @Override
        public String toString() {
            return "SourceDatabase[" + name + "]";
        }
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
        return run(work, false);
    }

    /**
     * Runs {@code work} in one REPEATABLE READ transaction: every statement sees the rows committed before its first,
     * so a page and its total agree. Its writes are the read's audit rows (inserts, which no concurrent change can
     * make fail); nested in an open transaction it joins it, and so reads at that transaction's level.
     */
    @Override
    public <T> T inSnapshot(Supplier<T> work) {
        return run(work, true);
    }

    /**
     * Runs {@code work} in a transaction of its own on a connection of its own, committed when it returns, even
     * inside an open unit of work on this database, which it does not join and which is back in force after it: for
     * what must be kept whatever becomes of the caller's change (a refusal's access audit, ADR 0111). It holds a
     * second connection of the pool while the caller's is open.
     */
    public void runInItsOwnTransaction(Runnable work) {
        Objects.requireNonNull(work, "work");
        run(() -> {
            work.run();
            return null;
        }, false, false);
    }

    /**
     * Runs one read-only statement: in the open unit of work on this database if there is one (it joins it), else
     * alone in auto-commit on a connection of the pool. A single statement is its own transaction in PostgreSQL, so
     * this reads exactly what {@link #inTransaction} would, without the {@code COMMIT} round trip a unit of work of
     * one statement costs (ADR 0123): the access policy asks involvement this way before every read of a child's
     * record.
     */
    public <T> T readInOneStatement(java.util.function.Function<DSLContext, T> statement) {
        Objects.requireNonNull(statement, "statement");
        if (CurrentTransaction.ownedBy(this)) {
            return statement.apply(CurrentTransaction.of(this));
        }
        try (Connection connection = pool.getConnection()) {
            return statement.apply(DSL.using(connection, SQLDialect.POSTGRES, SETTINGS));
        } catch (DatabaseUnavailable e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            if (DatabaseUnavailable.isConnectionFailure(e)) {
                throw new DatabaseUnavailable(schema, e);
            }
            if (e instanceof SQLException sql) {
                throw new DataAccessException("could not use a connection of " + schema, sql);
            }
            throw (RuntimeException) e;
        }
    }

    private <T> T run(Supplier<T> work, boolean snapshot) {
        return run(work, snapshot, true);
    }

    private <T> T run(Supplier<T> work, boolean snapshot, boolean joinOpen) {
        Objects.requireNonNull(work, "work");
        if (joinOpen && CurrentTransaction.ownedBy(this)) {
            return work.get();
        }
        // The unit of work's one connection is taken here, once: left to jOOQ, a failed acquisition is retried by
        // its rollback and clean-up, tripling the wait when the database is gone.
        try (Connection connection = pool.getConnection()) {
            return transaction(connection, work, snapshot);
        } catch (DatabaseUnavailable e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            if (DatabaseUnavailable.isConnectionFailure(e)) {
                throw new DatabaseUnavailable(schema, e);
            }
            if (e instanceof SQLException sql) {
                throw new DataAccessException("could not use a connection of " + schema, sql);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * One transaction on {@code connection}, begun and ended here rather than by jOOQ's transaction provider (ADR
     * 0110): that provider asks the connection for its isolation level at every begin, which the PostgreSQL driver
     * answers with a query of its own ({@code SHOW TRANSACTION ISOLATION LEVEL}), one more round trip in every unit
     * of work. Nothing here nests jOOQ transactions (a nested unit of work joins the open one), so nothing is lost.
     * Committed when {@code work} returns, rolled back when it throws (whatever it throws). A snapshot's level is
     * set for this transaction only, so nothing needs restoring after it.
     */
    private <T> T transaction(Connection connection, Supplier<T> work, boolean snapshot) throws SQLException {
        connection.setAutoCommit(false); // the driver sends BEGIN with the first statement, not on its own
        T result;
        try {
            DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES, SETTINGS);
            if (snapshot) {
                // The transaction's first statement, sent with its BEGIN: it may set the level only before any read.
                dsl.execute("set transaction isolation level repeatable read");
            }
            result = CurrentTransaction.within(this, dsl, work);
        } catch (Throwable failed) {
            try {
                connection.rollback();
            } catch (SQLException | RuntimeException notRolledBack) {
                failed.addSuppressed(notRolledBack);
            }
            throw failed;
        }
        connection.commit();
        // The pool gives connections out in auto-commit (as it also restores on return); set here so a unit of work's
        // connection is back in that state whatever the pool does.
        connection.setAutoCommit(true);
        return result;
    }

    /** The jOOQ context of the transaction open on this database; persistence adapters use nothing else. */
    public DSLContext transactionalDsl() {
        return CurrentTransaction.of(this);
    }

    /**
     * True when a new connection, switched to this context's role, answers a trivial statement within
     * {@code timeout} (rounded up to whole seconds: the driver's unit). Deliberately not through the pool: a health
     * check must not queue behind requests for a connection, nor wait the pool's timeout (issue 9).
     */
    public boolean isReachable(Duration timeout) {
        var properties = new Properties();
        properties.setProperty("user", settings.user());
        properties.setProperty("password", settings.password());
        String seconds = wholeSeconds(timeout);
        properties.setProperty("connectTimeout", seconds);
        properties.setProperty("loginTimeout", seconds);
        properties.setProperty("socketTimeout", seconds);
        properties.setProperty("ApplicationName", "cypf-health-" + schema);
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), properties);
             var statement = connection.createStatement()) {
            statement.execute("SET ROLE " + Schemas.roleFor(schema));
            return statement.execute("select 1");
        } catch (SQLException e) {
            return false;
        }
    }

    private static String wholeSeconds(Duration duration) {
        return Long.toString(Math.max(1, (duration.toMillis() + 999) / 1_000));
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

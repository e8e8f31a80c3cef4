package org.cypf.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL 17 server run from Maven Central's binaries (io.zonky.test), for a machine with no database
 * configured and no Docker: the app's default, the test fixture's fallback and the code generator's server.
 * Authentication is trust on localhost only; never point production at it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    public static final String SUPERUSER = "postgres";
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throwaway server with its data in a temporary directory, on a free port. */
    public static EmbeddedPostgresServer startEphemeral() {
        return start(null, 0);
    }

    /**
     * A server whose data lives in {@code dataDirectory} and survives restarts.
     *
     * @param port 0 for any free port
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        try {
            var builder = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", dataDirectory == null ? "off" : "on")
                    .setServerConfig("max_connections", "200");
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates {@code database} on this server unless it exists; returns its JDBC URL. */
    public String ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database names are lower case letters, digits and underscores");
        }
        try (var c = java.sql.DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("create database " + database);
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create the " + database + " database", e);
        }
        return jdbcUrl(database);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.cypf.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * A PostgreSQL 17 server run from Maven Central's binaries (io.zonky.test), for a machine with no database
 * configured and no Docker: the app's default, the test fixture's fallback and the code generator's server.
 * Authentication is trust on localhost only; never point production at it.
 *
 * <p>A kept data folder (the app's) is durable and crash-safe: every commit is flushed to disk before it is
 * acknowledged, a server orphaned by a killed app is stopped before a new one starts, and PostgreSQL's own log is
 * appended to {@code <data folder>.log}. A throwaway server (tests, code generation) trades durability for speed.
 * See docs/architecture/database.md and ADR 0017.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    public static final String SUPERUSER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());
    /** The lock io.zonky.test holds on a data folder while one of its servers uses it (EmbeddedPostgres.lock()). */
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final Duration ORPHAN_SHUTDOWN = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throwaway server with its data in a temporary directory, on a free port. */
    public static EmbeddedPostgresServer startEphemeral() {
        return start(null, 0);
    }

    /**
     * A server whose data lives in {@code dataDirectory} and survives restarts and crashes.
     *
     * @param port 0 for any free port
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        try {
            var builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    // No personal data in any log: an error's DETAIL ("Key (...)=(...) already exists") and the
                    // statement that failed can quote a child's details, so PostgreSQL logs only the message.
                    .setServerConfig("log_error_verbosity", "terse")
                    .setServerConfig("log_min_error_statement", "panic");
            if (dataDirectory == null) {
                // Throwaway data: a crash loses nothing anyone keeps, so skip the flushes (tests run faster).
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            } else {
                Path data = dataDirectory.toAbsolutePath().normalize();
                Files.createDirectories(data);
                stopOrphanedServer(data);
                // Durable: io.zonky.test defaults synchronous_commit to off, which acknowledges a commit before its
                // WAL reaches the disk, so an operating-system crash or power cut could lose accepted writes.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .setDataDirectory(data)
                        .setCleanDataDirectory(false);
                // PostgreSQL inherits these from pg_ctl and keeps writing here after the JVM is gone.
                var log = ProcessBuilder.Redirect.appendTo(logFileOf(data).toFile());
                builder.setOutputRedirector(log).setErrorRedirector(log);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
        }
    }

    /** Where PostgreSQL's own log of a kept data folder goes: beside it, {@code .cypf/postgres} → {@code .cypf/postgres.log}. */
    public static Path logFileOf(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        return data.resolveSibling(data.getFileName() + ".log");
    }

    /**
     * A server still running on {@code data} when no embedded server holds the folder's lock was left behind by an
     * app that died without closing it (kill -9, OOM killer, power to the JVM only): PostgreSQL would refuse to start
     * a second one ({@code lock file "postmaster.pid" already exists}). Stop it the way {@code pg_ctl stop -m fast}
     * does; its sessions belonged to the dead app.
     */
    static void stopOrphanedServer(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        if (!folderIsFree(data)) {
            throw new IllegalStateException("another CYPF process is using the embedded PostgreSQL data folder " + data);
        }
        Optional<ProcessHandle> postmaster = postmasterOf(pidFile).filter(p -> servesFolder(p, data));
        if (postmaster.isEmpty()) {
            return; // a stale pid file of a server that is gone: PostgreSQL itself recovers from it
        }
        ProcessHandle orphan = postmaster.get();
        LOG.warning("stopping an orphaned PostgreSQL (pid " + orphan.pid() + ") left running on " + data
                + " by a process that did not shut down");
        signalFastShutdown(orphan);
        try {
            orphan.onExit().get(ORPHAN_SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the orphaned PostgreSQL (pid " + orphan.pid() + ") on " + data
                    + " did not stop within " + ORPHAN_SHUTDOWN.toSeconds() + " s; stop it and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping an orphaned PostgreSQL", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when no embedded server, in this JVM or another, holds the folder (a dead JVM's lock is released). */
    private static boolean folderIsFree(Path data) throws IOException {
        Path lockFile = data.resolve(ZONKY_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }

    private static Optional<ProcessHandle> postmasterOf(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().trim().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.getFirst().trim())).filter(ProcessHandle::isAlive);
    }

    /** The PID is a postgres serving this folder, not an unrelated process that reused a stale file's PID. */
    private static boolean servesFolder(ProcessHandle process, Path data) {
        var info = process.info();
        if (!info.command().map(c -> c.endsWith("/postgres") || c.equals("postgres")).orElse(false)) {
            return false;
        }
        if (info.arguments().map(args -> List.of(args).contains(data.toString())).orElse(false)) {
            return true;
        }
        // The postmaster runs in its data folder (Linux shows it as /proc/<pid>/cwd).
        try {
            return Files.isSameFile(Path.of("/proc", Long.toString(process.pid()), "cwd"), data);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** SIGINT is PostgreSQL's fast shutdown: roll back open transactions, checkpoint, exit, remove postmaster.pid. */
    private static void signalFastShutdown(ProcessHandle postmaster) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // no kill command: fall back to SIGTERM below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        postmaster.destroy(); // SIGTERM: smart shutdown, waits for sessions; the dead app's have closed
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

package org.cypf.educationskills.schoolsystem.adapter.out.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.mariadb.jdbc.MariaDbDataSource;
import org.testcontainers.containers.GenericContainer;

/**
 * A throw-away MariaDB database standing in for a school information system (ADR 0103), found as the PostgreSQL
 * fixture finds PostgreSQL: the URL in {@code CYPF_TEST_MARIADB_URL} (with {@code CYPF_TEST_MARIADB_USER} and
 * {@code CYPF_TEST_MARIADB_PASSWORD}) if set; else a MariaDB container when a Docker engine is there; else the local
 * server at 127.0.0.1:3306 as root without a password. Each fixture creates its own database and drops it on close.
 * When none is reachable it fails saying which it tried. Public, in education's test-jar, for the application's
 * tests of the scheduled import (ADR 0107).
 */
public final class SchoolSystemDatabase implements AutoCloseable {
    private static final String IMAGE = "mariadb:11.4";
    private static GenericContainer<?> container;

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String database;
    private final String source;
    public final DSLContext dsl;

    private SchoolSystemDatabase(String serverUrl, String user, String password, String source) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.source = source;
        this.database = "cypf_sis_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DSLContext server = DSL.using(dataSource(serverUrl), SQLDialect.MARIADB);
        server.execute("create database " + database);
        this.dsl = DSL.using(dataSource(withDatabase(serverUrl, database)), SQLDialect.MARIADB);
    }

    /** A fresh, empty database on the first MariaDB server found. */
    public static SchoolSystemDatabase fresh() {
        String url = System.getenv("CYPF_TEST_MARIADB_URL");
        if (url != null && !url.isBlank()) {
            return new SchoolSystemDatabase(url, env("CYPF_TEST_MARIADB_USER", "root"),
                    env("CYPF_TEST_MARIADB_PASSWORD", ""), "CYPF_TEST_MARIADB_URL");
        }
        if (dockerReachable()) {
            synchronized (SchoolSystemDatabase.class) {
                if (container == null) {
                    container = new GenericContainer<>(IMAGE).withEnv("MARIADB_ALLOW_EMPTY_ROOT_PASSWORD", "1")
                            .withExposedPorts(3306);
                    container.start();
                }
            }
            return new SchoolSystemDatabase("jdbc:mariadb://" + container.getHost() + ":" + container.getMappedPort(3306)
                    + "/", "root", "", "a " + IMAGE + " container");
        }
        if (listening("127.0.0.1", 3306)) {
            return new SchoolSystemDatabase("jdbc:mariadb://127.0.0.1:3306/", "root", "", "the local server 127.0.0.1:3306");
        }
        throw new IllegalStateException("No MariaDB is reachable for the school information system's tests: "
                + "CYPF_TEST_MARIADB_URL is not set, no Docker engine was found (DOCKER_HOST or /var/run/docker.sock), "
                + "and nothing listens on 127.0.0.1:3306. Start MariaDB locally (root, no password) or set the URL.");
    }

    /** Runs a script of this module's test resources, statement by statement (split at semicolons). */
    public void run(String resource) {
        try (InputStream in = SchoolSystemDatabase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*--.*$", "");
            for (String statement : script.split(";")) {
                if (!statement.isBlank()) {
                    dsl.execute(statement);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String source() {
        return source;
    }

    /** The JDBC URL of this fixture's database, as the application's configuration would name it. */
    public String jdbcUrl() {
        return withDatabase(serverUrl, database);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        DSL.using(dataSource(serverUrl), SQLDialect.MARIADB).execute("drop database if exists " + database);
    }

    private MariaDbDataSource dataSource(String url) {
        try {
            MariaDbDataSource ds = new MariaDbDataSource(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + url + " (" + source + ")", e);
        }
    }

    private static String withDatabase(String serverUrl, String database) {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String params = query < 0 ? "" : serverUrl.substring(query);
        base = base.replaceFirst("(jdbc:mariadb://[^/]+)(/.*)?$", "$1/");
        return base + database + params;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }

    private static boolean dockerReachable() {
        String host = System.getenv("DOCKER_HOST");
        return (host != null && !host.isBlank()) || Files.exists(Path.of("/var/run/docker.sock"));
    }

    private static boolean listening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

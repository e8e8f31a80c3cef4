package org.cypf.app;

import io.helidon.config.Config;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.cypf.db.EmbeddedPostgresServer;
import org.cypf.platform.db.DatabaseSettings;

/**
 * Which PostgreSQL CYPF runs on: the server named by {@code db.url}, or else an embedded one whose data directory
 * survives restarts, so a first-time user needs nothing installed.
 */
final class DatabaseServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DatabaseServer.class.getName());
    private static final String DATABASE = "cypf";

    private final DatabaseSettings settings;
    private final EmbeddedPostgresServer embedded;

    private DatabaseServer(DatabaseSettings settings, EmbeddedPostgresServer embedded) {
        this.settings = settings;
        this.embedded = embedded;
    }

    static DatabaseServer from(Config db) {
        var url = db.get("url").asString().filter(s -> !s.isBlank());
        if (url.isPresent()) {
            return new DatabaseServer(new DatabaseSettings(url.get(), db.get("user").asString().orElse("postgres"),
                    db.get("password").asString().orElse("")), null);
        }
        Path data = Path.of(db.get("embedded.data-directory").asString().orElse(".cypf/postgres")).toAbsolutePath();
        var server = EmbeddedPostgresServer.start(data, db.get("embedded.port").asInt().orElse(0));
        LOG.info("no db.url configured: running embedded PostgreSQL with its data in " + data + " and its log in "
                + EmbeddedPostgresServer.logFileOf(data));
        return new DatabaseServer(new DatabaseSettings(server.ensureDatabase(DATABASE), EmbeddedPostgresServer.SUPERUSER, ""),
                server);
    }

    DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}

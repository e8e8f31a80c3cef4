package org.cypf.db;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * Run in a child JVM by {@link EmbeddedPostgresServerTest}: starts the embedded server on a data folder, writes a
 * row, says READY and waits to be killed with SIGKILL, as the app is when an operator or the OOM killer ends it.
 */
public final class CrashedServerFixture {
    private CrashedServerFixture() {}

    public static void main(String[] args) throws Exception {
        var server = EmbeddedPostgresServer.start(Path.of(args[0]), 0);
        String url = server.ensureDatabase("crash");
        try (var c = DriverManager.getConnection(url, EmbeddedPostgresServer.SUPERUSER, "");
             var sql = c.createStatement()) {
            sql.execute("create table written_before_the_crash (note text)");
            sql.execute("insert into written_before_the_crash values ('still here')");
        }
        System.out.println("READY " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}

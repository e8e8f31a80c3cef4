package canary.tech05.platform.events;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Breach: a part of the platform other than ContextDatabase builds a connection pool. */
public class BreachPlatformBuildsAPool {
    public HikariDataSource pool() {
        var config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://localhost/cypf");
        return new HikariDataSource(config);
    }
}

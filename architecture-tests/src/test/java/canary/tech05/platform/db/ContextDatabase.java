package canary.tech05.platform.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Exempt: the platform's door to a context's database builds the pool the application asks for. */
public class ContextDatabase {
    private final Connection connection;

    private ContextDatabase(Connection connection) {
        this.connection = connection;
    }

    public static ContextDatabase open(String url) throws SQLException {
        return new ContextDatabase(DriverManager.getConnection(url));
    }
}

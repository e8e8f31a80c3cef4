package canary.tech05.app;

import canary.tech05.platform.db.ContextDatabase;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Allowed: the application opens the pools (and may open a connection itself). */
public class Main {
    public Object start(String url) throws SQLException {
        DriverManager.getConnection(url).close();
        return ContextDatabase.open(url);
    }
}

package canary.tech05.socialcare.casework.adapter.out.persistence;

import canary.tech05.platform.db.ContextDatabase;
import java.sql.SQLException;

/** Breach: an adapter opens a context's pool; only the application does. */
public class BreachOpensTheContextsPool {
    public ContextDatabase database() throws SQLException {
        return ContextDatabase.open("jdbc:postgresql://localhost/cypf");
    }
}

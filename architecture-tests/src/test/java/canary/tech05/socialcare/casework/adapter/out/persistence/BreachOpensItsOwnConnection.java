package canary.tech05.socialcare.casework.adapter.out.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Breach: a persistence adapter opens its own connection, around its context's role. */
public class BreachOpensItsOwnConnection {
    public Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost/cypf", "postgres", "");
    }
}

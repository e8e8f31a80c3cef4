package canary.tech02.educationskills.virtualschool.domain;

import java.sql.Connection;

/** Breach: the domain takes a JDBC connection. */
public class BreachDomainUsesJdbc {
    public void save(Connection connection) {
    }
}

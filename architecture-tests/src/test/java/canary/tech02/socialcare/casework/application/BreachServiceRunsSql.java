package canary.tech02.socialcare.casework.application;

import org.jooq.DSLContext;

/** Breach: a use case holds the SQL builder. */
public class BreachServiceRunsSql {
    private final DSLContext sql;

    public BreachServiceRunsSql(DSLContext sql) {
        this.sql = sql;
    }
}

package canary.tech02.socialcare.casework.adapter.out.persistence;

import org.jooq.DSLContext;

/** Allowed: jOOQ in a persistence adapter. */
public class JooqCaseRepository {
    private final DSLContext sql;

    public JooqCaseRepository(DSLContext sql) {
        this.sql = sql;
    }
}

package canary.tech05.socialcare.casework.adapter.out.persistence;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Breach: a jOOQ context built from a connection URL opens its own connection. */
public class BreachBuildsJooqFromAUrl {
    public DSLContext dsl() {
        return DSL.using("jdbc:postgresql://localhost/cypf", "postgres", "");
    }
}

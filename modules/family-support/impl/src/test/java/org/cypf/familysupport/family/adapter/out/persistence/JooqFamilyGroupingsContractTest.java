package org.cypf.familysupport.family.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.familysupport.family.port.FamilyGroupings;
import org.cypf.familysupport.family.port.FamilyGroupingsContract;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ family groupings on a real PostgreSQL (family support's role and schema) pass the store's suite (ADR 0097). */
class JooqFamilyGroupingsContractTest extends FamilyGroupingsContract {
    private static ContextDatabase familySupport;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("family groupings contract");
        familySupport = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()),
                "family_support", 6);
    }

    @AfterAll
    static void close() {
        if (familySupport != null) {
            familySupport.close();
        }
    }

    @Override
    protected FamilyGroupings families() {
        return new JooqFamilyGroupings(familySupport);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return familySupport.inTransaction(work);
    }
}

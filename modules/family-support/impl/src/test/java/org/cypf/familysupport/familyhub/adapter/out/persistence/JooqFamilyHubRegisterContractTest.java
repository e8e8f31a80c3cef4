package org.cypf.familysupport.familyhub.adapter.out.persistence;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.familysupport.familyhub.domain.FamilyHub;
import org.cypf.familysupport.familyhub.port.FamilyHubRegister;
import org.cypf.familysupport.familyhub.port.FamilyHubRegisterContract;
import org.cypf.kernel.place.Postcode;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ Family Hub register on a real PostgreSQL (family support's role and schema) passes the register's suite;
 * its hubs are inserted as the seeds insert them.
 */
class JooqFamilyHubRegisterContractTest extends FamilyHubRegisterContract {
    private static ContextDatabase familySupport;
    private static CloseableDSLContext admin;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("family hub register contract");
        familySupport = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()),
                "family_support", 4);
        admin = DSL.using(db.jdbcUrl(), db.user(), db.password());
    }

    @AfterAll
    static void close() {
        if (familySupport != null) {
            familySupport.close();
            admin.close();
        }
    }

    @Override
    protected FamilyHubRegister register() {
        return new JooqFamilyHubRegister(familySupport);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return familySupport.inTransaction(work);
    }

    @Override
    protected FamilyHub aHub(String name, String locality) {
        FamilyHub hub = new FamilyHub(UUID.randomUUID(), name, Postcode.parse("ST4 1AA"), locality,
                LocalDate.of(2024, 9, 2), 0);
        admin.execute("insert into family_support.family_hub (hub_id, name, postcode, locality, opened_on) "
                + "values (?, ?, ?, ?, ?)", hub.id(), hub.name(), hub.postcode().value(), hub.locality(),
                hub.openedOn());
        return hub;
    }
}

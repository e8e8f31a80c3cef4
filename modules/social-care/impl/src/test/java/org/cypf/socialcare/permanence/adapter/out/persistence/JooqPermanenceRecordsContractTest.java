package org.cypf.socialcare.permanence.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.socialcare.lookedafter.adapter.out.persistence.JooqPeriodsOfCare;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.permanence.port.PermanenceRecords;
import org.cypf.socialcare.permanence.port.PermanenceRecordsContract;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ permanence records on a real PostgreSQL (social care's role and schema) pass the record store's suite
 * (ADR 0097); the periods of care they are of are stored by social care's own store, for a child inserted first.
 */
class JooqPermanenceRecordsContractTest extends PermanenceRecordsContract {
    private static ContextDatabase socialCare;
    private static CloseableDSLContext admin;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("permanence records contract");
        socialCare = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "social_care", 4);
        admin = DSL.using(db.jdbcUrl(), db.user(), db.password());
    }

    @AfterAll
    static void close() {
        if (socialCare != null) {
            socialCare.close();
            admin.close();
        }
    }

    @Override
    protected PermanenceRecords records() {
        return new JooqPermanenceRecords(socialCare);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return socialCare.inTransaction(work);
    }

    @Override
    protected PeriodOfCare aPeriodOfCare() {
        ChildId child = ChildId.newId();
        admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (?, ?, '2015-05-01', '2')",
                child.value(), "PR-" + child.value());
        PeriodOfCare period = PeriodOfCare.imported(UUID.randomUUID(), child, List.of(new Episode(UUID.randomUUID(),
                LocalDate.of(2024, 1, 1), "S", "C2", "N1", "U6", "PR1", null, null, null, null, null)));
        socialCare.run(() -> new JooqPeriodsOfCare(socialCare).add(period));
        return period;
    }
}

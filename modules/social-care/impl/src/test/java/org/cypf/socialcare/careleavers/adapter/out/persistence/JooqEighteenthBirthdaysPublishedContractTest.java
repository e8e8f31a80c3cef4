package org.cypf.socialcare.careleavers.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.socialcare.careleavers.port.EighteenthBirthdaysPublished;
import org.cypf.socialcare.careleavers.port.EighteenthBirthdaysPublishedContract;
import org.cypf.socialcare.lookedafter.adapter.out.persistence.JooqPeriodsOfCare;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ 18th birthdays published on a real PostgreSQL (social care's role and schema) pass the store's suite
 * (ADR 0097); the periods of care they name are stored by social care's own store, for a child inserted first.
 */
class JooqEighteenthBirthdaysPublishedContractTest extends EighteenthBirthdaysPublishedContract {
    private static ContextDatabase socialCare;
    private static CloseableDSLContext admin;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("eighteenth birthdays published contract");
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
    protected EighteenthBirthdaysPublished published() {
        return new JooqEighteenthBirthdaysPublished(socialCare);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return socialCare.inTransaction(work);
    }

    @Override
    protected PeriodOfCare aPeriodOfCare() {
        ChildId child = ChildId.newId();
        admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (?, ?, '2007-05-01', '1')",
                child.value(), "EB-" + child.value());
        PeriodOfCare period = PeriodOfCare.imported(UUID.randomUUID(), child, List.of(new Episode(UUID.randomUUID(),
                LocalDate.of(2020, 1, 1), "S", "C2", "N1", "U6", "PR1", null, null, null, null, null)));
        socialCare.run(() -> new JooqPeriodsOfCare(socialCare).add(period));
        return period;
    }
}

package org.cypf.socialcare.careleavers.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.careleavers.port.EighteenthBirthdaysPublished;
import org.cypf.socialcare.careleavers.port.EighteenthBirthdaysPublishedContract;
import org.cypf.socialcare.lookedafter.adapter.out.persistence.JooqPeriodsOfCare;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ 18th birthdays published on a real PostgreSQL (social care's role and schema) pass the store's suite
 * (ADR 0097); the periods of care they name are stored by social care's own store, for a child inserted first.
 */
class JooqEighteenthBirthdaysPublishedContractTest extends EighteenthBirthdaysPublishedContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("eighteenth birthdays published contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected EighteenthBirthdaysPublished published() {
        return new JooqEighteenthBirthdaysPublished(database.socialCare());
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }

    @Override
    protected PeriodOfCare aPeriodOfCare() {
        ChildId child = database.insertedChild("EB-", LocalDate.of(2007, 5, 1), "1");
        PeriodOfCare period = PeriodOfCare.imported(UUID.randomUUID(), child, List.of(new Episode(UUID.randomUUID(),
                LocalDate.of(2020, 1, 1), "S", "C2", "N1", "U6", "PR1", null, null, null, null, null)));
        database.socialCare().run(() -> new JooqPeriodsOfCare(database.socialCare()).add(period));
        return period;
    }
}

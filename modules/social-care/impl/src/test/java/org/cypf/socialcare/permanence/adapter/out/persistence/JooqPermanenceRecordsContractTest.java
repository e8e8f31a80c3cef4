package org.cypf.socialcare.permanence.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.adapter.out.persistence.JooqPeriodsOfCare;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.permanence.port.PermanenceRecords;
import org.cypf.socialcare.permanence.port.PermanenceRecordsContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ permanence records on a real PostgreSQL (social care's role and schema) pass the record store's suite
 * (ADR 0097); the periods of care they are of are stored by social care's own store, for a child inserted first.
 */
class JooqPermanenceRecordsContractTest extends PermanenceRecordsContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("permanence records contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected PermanenceRecords records() {
        return new JooqPermanenceRecords(database.socialCare());
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }

    @Override
    protected PeriodOfCare aPeriodOfCare() {
        ChildId child = database.insertedChild("PR-", LocalDate.of(2015, 5, 1), "2");
        PeriodOfCare period = PeriodOfCare.imported(UUID.randomUUID(), child, List.of(new Episode(UUID.randomUUID(),
                LocalDate.of(2024, 1, 1), "S", "C2", "N1", "U6", "PR1", null, null, null, null, null)));
        database.socialCare().run(() -> new JooqPeriodsOfCare(database.socialCare()).add(period));
        return period;
    }
}

package org.cypf.socialcare.returns.adapter.out.persistence;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.adapter.out.persistence.JooqPeriodsOfCare;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.returns.port.Ssda903Episodes;
import org.cypf.socialcare.returns.port.Ssda903EpisodesContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@code JooqSsda903Episodes} on a real PostgreSQL (social care's role and schema) passes
 * {@code Ssda903EpisodesContract} (ADR 0097); the periods are held by social care's own periods-of-care store.
 */
class JooqSsda903EpisodesContractTest extends Ssda903EpisodesContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("ssda903 episodes contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected Ssda903Episodes episodes() {
        return new JooqSsda903Episodes(database.socialCare());
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }

    @Override
    protected ChildId aChild(String localChildId) {
        ChildId child = ChildId.newId();
        database.insertChild(child, localChildId, LocalDate.of(2001, 5, 1), "1");
        return child;
    }

    @Override
    protected void hold(PeriodOfCare period) {
        database.socialCare().run(() -> new JooqPeriodsOfCare(database.socialCare()).add(period));
    }
}

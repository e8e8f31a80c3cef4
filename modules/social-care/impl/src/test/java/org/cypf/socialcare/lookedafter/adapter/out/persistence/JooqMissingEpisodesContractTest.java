package org.cypf.socialcare.lookedafter.adapter.out.persistence;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.port.MissingEpisodes;
import org.cypf.socialcare.lookedafter.port.MissingEpisodesContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ missing episodes on a real PostgreSQL (social care's role and schema) pass the record store's suite
 * (ADR 0097); the children they are of are inserted first.
 */
class JooqMissingEpisodesContractTest extends MissingEpisodesContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("missing episodes contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected MissingEpisodes episodes() {
        return new JooqMissingEpisodes(database.socialCare());
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }

    @Override
    protected ChildId aChild() {
        return database.insertedChild("ME-", LocalDate.of(1995, 5, 1), "1");
    }
}

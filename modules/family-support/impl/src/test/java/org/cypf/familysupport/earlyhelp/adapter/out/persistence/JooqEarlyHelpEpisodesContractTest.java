package org.cypf.familysupport.earlyhelp.adapter.out.persistence;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.familysupport.earlyhelp.port.EarlyHelpEpisodeRecords;
import org.cypf.familysupport.earlyhelp.port.EarlyHelpEpisodeRecordsContract;
import org.cypf.familysupport.request.adapter.out.persistence.JooqRequestsForSupport;
import org.cypf.familysupport.request.domain.RequestForSupport;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ early help episodes on a real PostgreSQL (family support's role and schema) pass the store's suite
 * (ADR 0097); the requests they are opened from are stored by family support's own request store.
 */
class JooqEarlyHelpEpisodesContractTest extends EarlyHelpEpisodeRecordsContract {
    private static ContextDatabase familySupport;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("early help episodes contract");
        familySupport = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()),
                "family_support", 4);
    }

    @AfterAll
    static void close() {
        if (familySupport != null) {
            familySupport.close();
        }
    }

    @Override
    protected EarlyHelpEpisodeRecords episodes() {
        return new JooqEarlyHelpEpisodes(familySupport);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return familySupport.inTransaction(work);
    }

    @Override
    protected UUID aRequestFor(ChildId child, LocalDate on) {
        RequestForSupport request = RequestForSupport.received(UUID.randomUUID(), child, on, "FAMILY", null,
                "help with routines at home", "parent", on, on).after();
        familySupport.run(() -> new JooqRequestsForSupport(familySupport).add(request));
        return request.id();
    }
}

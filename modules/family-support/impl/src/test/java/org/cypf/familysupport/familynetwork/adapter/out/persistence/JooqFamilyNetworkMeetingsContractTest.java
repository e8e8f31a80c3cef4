package org.cypf.familysupport.familynetwork.adapter.out.persistence;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.familysupport.earlyhelp.adapter.out.persistence.JooqEarlyHelpEpisodes;
import org.cypf.familysupport.earlyhelp.domain.EarlyHelpEpisode;
import org.cypf.familysupport.familynetwork.port.FamilyNetworkMeetingRecords;
import org.cypf.familysupport.familynetwork.port.FamilyNetworkMeetingRecordsContract;
import org.cypf.familysupport.request.adapter.out.persistence.JooqRequestsForSupport;
import org.cypf.familysupport.request.domain.RequestForSupport;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ family network meetings on a real PostgreSQL (family support's role and schema) pass the store's suite
 * (ADR 0097); the episodes they name, and the requests those are opened from, are stored by family support's own
 * stores.
 */
class JooqFamilyNetworkMeetingsContractTest extends FamilyNetworkMeetingRecordsContract {
    private static ContextDatabase familySupport;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("family network meetings contract");
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
    protected FamilyNetworkMeetingRecords meetings() {
        return new JooqFamilyNetworkMeetings(familySupport);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return familySupport.inTransaction(work);
    }

    @Override
    protected UUID anEpisodeOf(ChildId child, LocalDate openedOn) {
        LocalDate received = openedOn.minusDays(7);
        RequestForSupport request = RequestForSupport.received(UUID.randomUUID(), child, received, "FAMILY", null,
                "help with routines at home", "parent", received, received).after();
        EarlyHelpEpisode episode = EarlyHelpEpisode.open(UUID.randomUUID(), child, request.id(), received, openedOn,
                "ehp.jones", "council", openedOn).after();
        familySupport.run(() -> {
            new JooqRequestsForSupport(familySupport).add(request);
            new JooqEarlyHelpEpisodes(familySupport).add(episode);
        });
        return episode.id();
    }
}

package org.cypf.familysupport.earlyhelp.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.cypf.familysupport.api.measure.FamilySupportMeasure;
import org.cypf.familysupport.earlyhelp.adapter.out.persistence.JooqEarlyHelpEpisodes;
import org.cypf.familysupport.earlyhelp.domain.EarlyHelpEpisode;
import org.cypf.familysupport.request.adapter.out.persistence.JooqRequestsForSupport;
import org.cypf.familysupport.request.domain.RequestForSupport;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Family support's early help measures, counted in SQL on a real PostgreSQL, pass governance's measure-source suite
 * (ADR 0097): an episode opened ten days before the date from a request for support, both stored through family
 * support's jOOQ stores, is one more episode opened in the 12 months to the date.
 */
class EarlyHelpMeasuresContractTest extends MeasureSourceContract {
    private static ContextDatabase familySupport;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("early help measure contract");
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
    protected String context() {
        return "family-support";
    }

    @Override
    protected MeasureSource source() {
        return new EarlyHelpMeasures(familySupport, new JooqEarlyHelpEpisodes(familySupport), Clock.systemUTC());
    }

    @Override
    protected String keyMovedByOneFact() {
        return FamilySupportMeasure.EARLY_HELP_EPISODES_OPENED.key();
    }

    @Override
    protected void recordOneFact() {
        ChildId child = ChildId.newId();
        LocalDate on = asAt().minusDays(10);
        RequestForSupport request = RequestForSupport.received(UUID.randomUUID(), child, on.minusDays(7), "FAMILY",
                null, "help with routines at home", "parent", on.minusDays(7), on.minusDays(7)).after();
        EarlyHelpEpisode episode = EarlyHelpEpisode.open(UUID.randomUUID(), child, request.id(), on.minusDays(3), on,
                "ehp.jones", "council", on).after();
        familySupport.run(() -> {
            new JooqRequestsForSupport(familySupport).add(request);
            new JooqEarlyHelpEpisodes(familySupport).add(episode);
        });
    }
}

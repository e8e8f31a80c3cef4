package org.cypf.socialcare.lookedafter.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.api.measure.SocialCareMeasure;
import org.cypf.socialcare.lookedafter.adapter.out.persistence.JooqMissingEpisodes;
import org.cypf.socialcare.lookedafter.adapter.out.persistence.JooqPeriodsOfCare;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.shared.adapter.out.persistence.JooqChildren;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Social care's placement, stability and missing measures, read through the jOOQ stores on a real PostgreSQL, pass
 * governance's measure-source suite (ADR 0097): a child placed with the authority's own foster carers (U6, PR1) ten
 * days before the date, stored through the jOOQ periods of care, is one more child looked after and one more in
 * in-house fostering.
 */
class PlacementMeasuresContractTest extends MeasureSourceContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("placement measure contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected MeasureSource source() {
        return new PlacementMeasures(database.socialCare(), new JooqPeriodsOfCare(database.socialCare()),
                new JooqChildren(database.socialCare()), new JooqMissingEpisodes(database.socialCare()),
                Clock.systemUTC());
    }

    @Override
    protected String context() {
        return "social-care";
    }

    @Override
    protected String keyMovedByOneFact() {
        return SocialCareMeasure.PLACEMENT_IN_HOUSE_FOSTERING.key();
    }

    @Override
    protected void recordOneFact() {
        ChildId child = database.insertedChild("PL-", LocalDate.of(2014, 2, 1), "1");
        PeriodOfCare period = PeriodOfCare.imported(UUID.randomUUID(), child, List.of(new Episode(UUID.randomUUID(),
                asAt().minusDays(10), "S", "C2", "N1", "U6", "PR1", null, null, null, null, null)));
        database.socialCare().run(() -> new JooqPeriodsOfCare(database.socialCare()).add(period));
    }
}

package org.cypf.socialcare.lookedafter.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.api.measure.SocialCareMeasure;
import org.cypf.socialcare.lookedafter.adapter.out.persistence.JooqPeriodsOfCare;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Social care's count and rate of children looked after, counted in SQL on a real PostgreSQL, pass governance's
 * measure-source suite (ADR 0097): a period of care begun ten days before the date, stored through the jOOQ periods of
 * care, adds one child looked after.
 */
class ChildrenLookedAfterMeasuresContractTest extends MeasureSourceContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("children looked after measure contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected MeasureSource source() {
        return new ChildrenLookedAfterMeasures(database.socialCare(), new JooqPeriodsOfCare(database.socialCare()),
                60_000, Clock.systemUTC());
    }

    @Override
    protected String context() {
        return "social-care";
    }

    @Override
    protected String keyMovedByOneFact() {
        return SocialCareMeasure.CHILDREN_LOOKED_AFTER.key();
    }

    @Override
    protected void recordOneFact() {
        ChildId child = database.insertedChild("CLA-", LocalDate.of(2014, 2, 1), "1");
        PeriodOfCare period = PeriodOfCare.imported(UUID.randomUUID(), child, List.of(new Episode(UUID.randomUUID(),
                asAt().minusDays(10), "S", "C2", "N1", "U6", "PR1", null, null, null, null, null)));
        database.socialCare().run(() -> new JooqPeriodsOfCare(database.socialCare()).add(period));
    }
}

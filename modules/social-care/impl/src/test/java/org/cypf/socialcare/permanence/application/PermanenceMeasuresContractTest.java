package org.cypf.socialcare.permanence.application;

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
 * Social care's permanence measures, read through the jOOQ periods of care on a real PostgreSQL, pass governance's
 * measure-source suite (ADR 0097): a period of care that ended ten days before the date with a planned return home
 * (E4A), stored through the jOOQ periods of care, is one more child who ceased to be looked after and one more who
 * went home.
 */
class PermanenceMeasuresContractTest extends MeasureSourceContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("permanence measure contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected MeasureSource source() {
        return new PermanenceMeasures(database.socialCare(), new JooqPeriodsOfCare(database.socialCare()),
                Clock.systemUTC());
    }

    @Override
    protected String context() {
        return "social-care";
    }

    @Override
    protected String keyMovedByOneFact() {
        return SocialCareMeasure.CEASED_RETURNED_HOME.key();
    }

    @Override
    protected void recordOneFact() {
        ChildId child = database.insertedChild("PM-", LocalDate.of(2014, 2, 1), "1");
        PeriodOfCare period = PeriodOfCare.imported(UUID.randomUUID(), child, List.of(new Episode(UUID.randomUUID(),
                asAt().minusDays(100), "S", "C2", "N1", "U6", "PR1", null, null, null, asAt().minusDays(10), "E4A")));
        database.socialCare().run(() -> new JooqPeriodsOfCare(database.socialCare()).add(period));
    }
}

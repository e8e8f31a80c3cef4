package org.cypf.healthwellbeing.mentalhealth.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.cypf.healthwellbeing.mentalhealth.adapter.out.persistence.JooqMentalHealthReferrals;
import org.cypf.healthwellbeing.mentalhealth.adapter.out.persistence.JooqSelfHarmAdmissionFigures;
import org.cypf.healthwellbeing.mentalhealth.domain.MentalHealthReferral;
import org.cypf.kernel.identity.ChildId;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Health's mental health measures, read through the jOOQ stores on a real PostgreSQL, pass governance's
 * measure-source suite (ADR 0097): a referral first seen the day after it was received, ten days before the date,
 * stored through the jOOQ mental health referrals, is one more referral seen and one more day waited.
 */
class MentalHealthMeasuresContractTest extends MeasureSourceContract {
    private static ContextDatabase health;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("mental health measure contract");
        health = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "health_wellbeing", 4);
    }

    @AfterAll
    static void close() {
        if (health != null) {
            health.close();
        }
    }

    @Override
    protected String context() {
        return "health-wellbeing";
    }

    @Override
    protected MeasureSource source() {
        return new MentalHealthMeasures(health, new JooqMentalHealthReferrals(health),
                new JooqSelfHarmAdmissionFigures(health), Clock.systemUTC());
    }

    @Override
    protected String keyMovedByOneFact() {
        return MentalHealthMeasures.MEAN_WAIT;
    }

    @Override
    protected void recordOneFact() {
        LocalDate received = asAt().minusDays(11);
        MentalHealthReferral referral = MentalHealthReferral.receive(UUID.randomUUID(), ChildId.newId(), received,
                "2A", asAt()).after();
        MentalHealthReferral seen = referral.recordContact(received.plusDays(1), asAt()).after();
        JooqMentalHealthReferrals referrals = new JooqMentalHealthReferrals(health);
        health.run(() -> referrals.add(referral));
        health.run(() -> referrals.update(seen, referral.version()));
    }
}

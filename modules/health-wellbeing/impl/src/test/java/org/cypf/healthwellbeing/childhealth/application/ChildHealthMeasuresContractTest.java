package org.cypf.healthwellbeing.childhealth.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cypf.healthwellbeing.childhealth.adapter.out.persistence.JooqChildHealthObservations;
import org.cypf.healthwellbeing.childhealth.domain.ChildHealthObservation;
import org.cypf.healthwellbeing.childhealth.domain.ObservationKind;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Health's child health measures, counted in SQL on a real PostgreSQL, pass governance's measure-source suite
 * (ADR 0097): a birth ten days before the date weighing 2,000 g, stored through the jOOQ child health observations,
 * is one more birth and one more of low birth weight.
 */
class ChildHealthMeasuresContractTest extends MeasureSourceContract {
    private static final int PREFIX = 8;
    private static final AtomicInteger SERIALS = new AtomicInteger(200_000);
    private static ContextDatabase health;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("child health measure contract");
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

    /** A fresh NHS number with a valid modulus 11 check digit. */
    private static NhsNumber anNhsNumber() {
        while (true) {
            String body = String.format("%d%08d", PREFIX, SERIALS.getAndIncrement());
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (body.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return new NhsNumber(body + check);
            }
        }
    }

    @Override
    protected MeasureSource source() {
        return new ChildHealthMeasures(health, new JooqChildHealthObservations(health), Clock.systemUTC());
    }

    @Override
    protected String keyMovedByOneFact() {
        return ChildHealthMeasures.LOW_BIRTH_WEIGHT;
    }

    @Override
    protected void recordOneFact() {
        LocalDate born = asAt().minusDays(10);
        ChildHealthObservation birth = new ChildHealthObservation(anNhsNumber(), ChildId.newId(), born,
                ObservationKind.BIRTH_WEIGHT, born, "", new BigDecimal("2000"));
        health.run(() -> new JooqChildHealthObservations(health).addAll(List.of(birth)));
    }
}

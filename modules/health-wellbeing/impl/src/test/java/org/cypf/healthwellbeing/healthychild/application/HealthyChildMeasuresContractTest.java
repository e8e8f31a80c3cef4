package org.cypf.healthwellbeing.healthychild.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.cypf.healthwellbeing.healthychild.adapter.out.persistence.JooqHealthyChildren;
import org.cypf.healthwellbeing.healthychild.domain.HealthyChild;
import org.cypf.healthwellbeing.healthychild.domain.MandatedReview;
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
 * Health's healthy child programme measures, counted in SQL on a real PostgreSQL, pass governance's measure-source
 * suite (ADR 0097): a child born 30 days before the date whose new birth visit was done on day 12, stored through the
 * jOOQ healthy children, is one more child whose new birth window closed in the year and one more seen on time.
 */
class HealthyChildMeasuresContractTest extends MeasureSourceContract {
    private static final int PREFIX = 7;
    private static final AtomicInteger SERIALS = new AtomicInteger(300_000);
    private static ContextDatabase health;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("healthy child measure contract");
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
        return new HealthyChildMeasures(health, new JooqHealthyChildren(health), Clock.systemUTC());
    }

    @Override
    protected String keyMovedByOneFact() {
        return HealthyChildMeasures.key(MandatedReview.NEW_BIRTH);
    }

    @Override
    protected void recordOneFact() {
        LocalDate born = asAt().minusDays(30);
        HealthyChild child = HealthyChild.register(anNhsNumber(), ChildId.newId(), born, asAt()).after();
        HealthyChild visited = child.recordReview("NEW_BIRTH", "DONE", born.plusDays(12), asAt()).after();
        JooqHealthyChildren children = new JooqHealthyChildren(health);
        health.run(() -> children.add(child));
        health.run(() -> children.update(visited, child.version()));
    }
}

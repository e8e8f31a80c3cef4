package org.cypf.healthwellbeing.childrenincare.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.cypf.healthwellbeing.childrenincare.adapter.out.persistence.JooqCareHealthRecords;
import org.cypf.healthwellbeing.childrenincare.domain.CareHealthRecord;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Health's measure of initial health assessments on time, read through the jOOQ care health records on a real
 * PostgreSQL, passes governance's measure-source suite (ADR 0097): a child who entered care 60 days before the date and
 * was assessed ten days later, stored through the jOOQ care health records, is one more assessment due in the year
 * and one more done on time.
 */
class ChildrenInCareHealthMeasuresContractTest extends MeasureSourceContract {
    private static ContextDatabase health;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("children in care health measure contract");
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
        return new ChildrenInCareHealthMeasures(health, new JooqCareHealthRecords(health), Clock.systemUTC());
    }

    @Override
    protected String keyMovedByOneFact() {
        return ChildrenInCareHealthMeasures.IHA_ON_TIME;
    }

    @Override
    protected void recordOneFact() {
        LocalDate entered = asAt().minusDays(60);
        CareHealthRecord record = CareHealthRecord.open(UUID.randomUUID(), ChildId.newId(), UUID.randomUUID(),
                LocalDate.of(2015, 5, 5), entered, WorkingDayCalendar.england()).after();
        CareHealthRecord assessed = record.record("HEALTH_ASSESSMENT", entered.plusDays(10), null, null, asAt())
                .after();
        JooqCareHealthRecords records = new JooqCareHealthRecords(health);
        health.run(() -> records.add(record));
        health.run(() -> records.update(assessed, record.version()));
    }
}

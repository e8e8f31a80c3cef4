package org.cypf.educationskills.exclusions.application;

import java.time.Clock;
import java.util.UUID;
import org.cypf.educationskills.exclusions.adapter.out.persistence.JooqExclusionFigures;
import org.cypf.educationskills.exclusions.adapter.out.persistence.JooqExclusionRecords;
import org.cypf.educationskills.exclusions.domain.Exclusion;
import org.cypf.educationskills.exclusions.domain.ExclusionCategory;
import org.cypf.educationskills.shared.adapter.out.persistence.PupilRecordsDatabase;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Education's exclusion measures, counted in SQL on a real PostgreSQL, pass governance's measure-source suite
 * (ADR 0097): a suspension ten days before the date, stored through the jOOQ exclusion records, is one more
 * suspension in the school year to the date.
 */
class ExclusionMeasuresContractTest extends MeasureSourceContract {
    private static final int SCHOOL = 930_001;
    private static PupilRecordsDatabase database;

    @BeforeAll
    static void open() {
        database = PupilRecordsDatabase.fresh("exclusion measure contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected String context() {
        return "education-skills";
    }


    @Override
    protected MeasureSource source() {
        return new ExclusionMeasures(database.education(), new JooqExclusionFigures(database.education()),
                Clock.systemUTC());
    }

    @Override
    protected String keyMovedByOneFact() {
        return ExclusionMeasures.SUSPENSIONS;
    }

    @Override
    protected void recordOneFact() {
        database.registerSetting(SCHOOL);
        Exclusion suspension = new Exclusion(UUID.randomUUID(), database.aRegisteredPupil(), SCHOOL, ExclusionCategory.SUSPENSION, "PP",
                asAt().minusDays(10), 2);
        database.education().run(() -> new JooqExclusionRecords(database.education()).add(suspension));
    }
}

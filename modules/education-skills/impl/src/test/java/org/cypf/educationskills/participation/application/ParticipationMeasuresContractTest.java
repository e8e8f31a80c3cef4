package org.cypf.educationskills.participation.application;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.cypf.educationskills.participation.adapter.out.persistence.JooqActivityRecords;
import org.cypf.educationskills.participation.domain.ActivityCode;
import org.cypf.educationskills.participation.domain.MonthlyActivity;
import org.cypf.educationskills.shared.adapter.out.persistence.PupilRecordsDatabase;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Education's post-16 participation measures, counted in SQL on a real PostgreSQL, pass governance's measure-source
 * suite (ADR 0097): a young person in full-time education (NCCIS 110) in the date's month, stored through the jOOQ
 * activity records, is one more young person with an activity and one more in education, employment or training.
 */
class ParticipationMeasuresContractTest extends MeasureSourceContract {
    private static PupilRecordsDatabase database;

    @BeforeAll
    static void open() {
        database = PupilRecordsDatabase.fresh("participation measure contract");
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
        return new ParticipationMeasures(database.education(), new JooqActivityRecords(database.education()),
                Clock.systemUTC());
    }

    @Override
    protected String keyMovedByOneFact() {
        return ParticipationMeasures.EET;
    }

    @Override
    protected void recordOneFact() {
        MonthlyActivity inEducation = new MonthlyActivity(database.aRegisteredPupil(), YearMonth.from(asAt()), new ActivityCode(110));
        database.education().run(() -> new JooqActivityRecords(database.education()).put(List.of(inEducation)));
    }
}

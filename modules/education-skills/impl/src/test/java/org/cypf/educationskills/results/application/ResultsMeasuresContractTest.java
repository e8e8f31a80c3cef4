package org.cypf.educationskills.results.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.results.adapter.out.persistence.JooqResultFigures;
import org.cypf.educationskills.results.adapter.out.persistence.JooqResultRecords;
import org.cypf.educationskills.results.domain.EarlyLearningGoal;
import org.cypf.educationskills.results.domain.EyfsProfile;
import org.cypf.educationskills.results.domain.Ks4Result;
import org.cypf.educationskills.shared.adapter.out.persistence.PupilRecordsDatabase;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Education's results measures, counted in SQL on a real PostgreSQL, pass governance's measure-source suite
 * (ADR 0097): a pupil with the expected level in every early learning goal, stored through the jOOQ results store, is
 * one more pupil with an EYFS profile and one more with a good level of development. Attainment 8 and Progress 8 are
 * means and the disadvantaged gaps differences, which may be negative: the suite is told so. The store also holds a
 * KS4 result below the national average (Progress 8 of -0.5) so that a negative mean is among what the suite checks.
 */
class ResultsMeasuresContractTest extends MeasureSourceContract {
    private static final int SCHOOL = 930_003;
    private static PupilRecordsDatabase database;

    @BeforeAll
    static void open() {
        database = PupilRecordsDatabase.fresh("results measure contract");
        database.registerSetting(SCHOOL);
        AcademicYear year = AcademicYear.containing(new ResultsMeasuresContractTest().asAt());
        database.education().run(() -> new JooqResultRecords(database.education()).putKs4(List.of(
                new Ks4Result(database.aRegisteredPupil(), year, SCHOOL, true, new BigDecimal("31.5"), new BigDecimal("-0.5"), 4, 3))));
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
    protected Set<String> meansAndDifferences() {
        return Set.of(ResultsMeasures.ATTAINMENT_8, ResultsMeasures.PROGRESS_8, ResultsMeasures.ATTAINMENT_8_GAP,
                ResultsMeasures.PROGRESS_8_GAP, ResultsMeasures.GOOD_LEVEL_OF_DEVELOPMENT_GAP,
                ResultsMeasures.KS2_EXPECTED_RWM_GAP);
    }


    @Override
    protected MeasureSource source() {
        return new ResultsMeasures(database.education(), new JooqResultFigures(database.education()),
                Clock.systemUTC());
    }

    @Override
    protected String keyMovedByOneFact() {
        return ResultsMeasures.GOOD_LEVEL_OF_DEVELOPMENT;
    }

    @Override
    protected void recordOneFact() {
        EyfsProfile everyGoalExpected = new EyfsProfile(database.aRegisteredPupil(), AcademicYear.containing(asAt()), SCHOOL, false,
                EnumSet.allOf(EarlyLearningGoal.class));
        database.education().run(() -> new JooqResultRecords(database.education()).putEyfs(List.of(everyGoalExpected)));
    }
}

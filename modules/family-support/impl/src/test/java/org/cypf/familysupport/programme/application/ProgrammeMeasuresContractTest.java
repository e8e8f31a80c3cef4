package org.cypf.familysupport.programme.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.cypf.familysupport.api.measure.FamilySupportMeasure;
import org.cypf.familysupport.programme.adapter.out.persistence.JooqProgrammeEnrolments;
import org.cypf.familysupport.programme.domain.ProgrammeEnrolment;
import org.cypf.familysupport.programme.domain.ProgrammeEnrolment.Programme;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Family support's programme measures, counted in SQL on a real PostgreSQL, pass governance's measure-source suite
 * (ADR 0097): a child enrolled on Holiday Activities and Food who attended a session ten days before the date, stored
 * through the jOOQ programme enrolments, is one more child reached by a programme.
 */
class ProgrammeMeasuresContractTest extends MeasureSourceContract {
    private static ContextDatabase familySupport;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("programme measure contract");
        familySupport = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()),
                "family_support", 4);
    }

    @AfterAll
    static void close() {
        if (familySupport != null) {
            familySupport.close();
        }
    }

    @Override
    protected String context() {
        return "family-support";
    }

    @Override
    protected MeasureSource source() {
        return new ProgrammeMeasures(familySupport, new JooqProgrammeEnrolments(familySupport), Clock.systemUTC());
    }

    @Override
    protected String keyMovedByOneFact() {
        return FamilySupportMeasure.PROGRAMME_CHILDREN_ATTENDING.key();
    }

    @Override
    protected void recordOneFact() {
        LocalDate on = asAt().minusDays(10);
        ProgrammeEnrolment enrolment = ProgrammeEnrolment.enrol(UUID.randomUUID(), ChildId.newId(),
                Programme.HOLIDAY_ACTIVITIES_AND_FOOD.name(), on.minusDays(5), null, null, true, on).after();
        ProgrammeEnrolment attended = enrolment.recordSession(on, true, on).after();
        JooqProgrammeEnrolments enrolments = new JooqProgrammeEnrolments(familySupport);
        familySupport.run(() -> enrolments.add(enrolment));
        familySupport.run(() -> enrolments.update(attended, enrolment.version()));
    }
}

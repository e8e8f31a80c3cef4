package org.cypf.educationskills.attendance.application;

import java.time.Clock;
import java.util.List;
import org.cypf.educationskills.attendance.adapter.out.persistence.JooqAttendanceFigures;
import org.cypf.educationskills.attendance.adapter.out.persistence.JooqAttendanceRecords;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.educationskills.shared.adapter.out.persistence.PupilRecordsDatabase;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Education's attendance measures, counted in SQL on a real PostgreSQL, pass governance's measure-source suite
 * (ADR 0097): a pupil who missed 20 of 140 sessions in the autumn term of the date's school year, stored through the
 * jOOQ attendance records, is one more pupil with terms held and one more persistent absentee.
 */
class AttendanceMeasuresContractTest extends MeasureSourceContract {
    private static final int SCHOOL = 930_002;
    private static PupilRecordsDatabase database;

    @BeforeAll
    static void open() {
        database = PupilRecordsDatabase.fresh("attendance measure contract");
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
        return new AttendanceMeasures(database.education(), new JooqAttendanceFigures(database.education()),
                Clock.systemUTC());
    }

    @Override
    protected String keyMovedByOneFact() {
        return AttendanceMeasures.PERSISTENT_ABSENCE;
    }

    @Override
    protected void recordOneFact() {
        database.registerSetting(SCHOOL);
        TermAttendance autumn = new TermAttendance(database.aRegisteredPupil(), AcademicYear.containing(asAt()), Term.AUTUMN, SCHOOL,
                140, 20);
        database.education().run(() -> new JooqAttendanceRecords(database.education()).put(List.of(autumn)));
    }
}

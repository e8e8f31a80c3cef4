package org.cypf.educationskills.attendance.adapter.out.persistence;

import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.TERM_ATTENDANCE;
import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.VIRTUAL_SCHOOL_CHILD;

import java.time.LocalDate;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.educationskills.attendance.port.AttendanceFigures;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Attendance's aggregates, computed in SQL over {@code education_skills.term_attendance}. */
public final class JooqAttendanceFigures implements AttendanceFigures {
    private final ContextDatabase database;

    public JooqAttendanceFigures(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Figures of(AcademicYear year, LocalDate childrenInCareOn) {
        var dsl = database.transactionalDsl();
        Condition which = TERM_ATTENDANCE.ACADEMIC_YEAR.eq(year.startYear());
        if (childrenInCareOn != null) {
            which = which.and(TERM_ATTENDANCE.UPN.in(DSL.select(VIRTUAL_SCHOOL_CHILD.UPN).from(VIRTUAL_SCHOOL_CHILD)
                    .where(VIRTUAL_SCHOOL_CHILD.ENTERED_CARE_ON.le(childrenInCareOn))
                    .and(VIRTUAL_SCHOOL_CHILD.LEFT_CARE_ON.isNull().or(VIRTUAL_SCHOOL_CHILD.LEFT_CARE_ON.ge(childrenInCareOn)))));
        }
        var possible = DSL.sum(TERM_ATTENDANCE.SESSIONS_POSSIBLE).cast(Long.class).as("possible");
        var missed = DSL.sum(TERM_ATTENDANCE.SESSIONS_MISSED).cast(Long.class).as("missed");
        var perPupil = dsl.select(TERM_ATTENDANCE.UPN, possible, missed).from(TERM_ATTENDANCE).where(which)
                .groupBy(TERM_ATTENDANCE.UPN).asTable("per_pupil");
        var p = perPupil.field("possible", Long.class);
        var m = perPupil.field("missed", Long.class);
        var row = dsl.select(DSL.count(),
                        DSL.count().filterWhere(m.mul(100).ge(p.mul(TermAttendance.PERSISTENT_PERCENT))),
                        DSL.count().filterWhere(m.mul(100).ge(p.mul(TermAttendance.SEVERE_PERCENT))),
                        DSL.coalesce(DSL.sum(p), java.math.BigDecimal.ZERO), DSL.coalesce(DSL.sum(m), java.math.BigDecimal.ZERO))
                .from(perPupil).fetchOne();
        return new Figures(row.value1(), row.value2(), row.value3(), row.value4().longValue(), row.value5().longValue());
    }
}

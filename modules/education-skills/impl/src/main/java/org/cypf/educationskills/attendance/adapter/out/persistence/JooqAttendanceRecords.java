package org.cypf.educationskills.attendance.adapter.out.persistence;

import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.SETTING;
import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.TERM_ATTENDANCE;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.shared.adapter.out.persistence.jooq.tables.records.TermAttendanceRecord;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.impl.DSL;

/** {@code education_skills.term_attendance}. */
public final class JooqAttendanceRecords implements AttendanceRecords {
    private final ContextDatabase database;

    public JooqAttendanceRecords(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public List<TermAttendance> ofPupils(Collection<UniquePupilNumber> upns) {
        return database.transactionalDsl().selectFrom(TERM_ATTENDANCE)
                .where(TERM_ATTENDANCE.UPN.eq(DSL.any(upns.stream().map(UniquePupilNumber::value).toArray(String[]::new))))
                .fetch(JooqAttendanceRecords::term);
    }

    @Override
    public void put(Collection<TermAttendance> terms) {
        var dsl = database.transactionalDsl();
        for (TermAttendance t : terms) {
            dsl.insertInto(TERM_ATTENDANCE)
                    .set(TERM_ATTENDANCE.UPN, t.upn().value())
                    .set(TERM_ATTENDANCE.ACADEMIC_YEAR, t.year().startYear())
                    .set(TERM_ATTENDANCE.TERM, t.term().name())
                    .set(TERM_ATTENDANCE.URN, t.urn())
                    .set(TERM_ATTENDANCE.SESSIONS_POSSIBLE, t.sessionsPossible())
                    .set(TERM_ATTENDANCE.SESSIONS_MISSED, t.sessionsMissed())
                    .onConflict(TERM_ATTENDANCE.UPN, TERM_ATTENDANCE.ACADEMIC_YEAR, TERM_ATTENDANCE.TERM)
                    .doUpdate()
                    .set(TERM_ATTENDANCE.URN, t.urn())
                    .set(TERM_ATTENDANCE.SESSIONS_POSSIBLE, t.sessionsPossible())
                    .set(TERM_ATTENDANCE.SESSIONS_MISSED, t.sessionsMissed())
                    .execute();
        }
    }

    @Override
    public Set<Integer> unknownSettings(Collection<Integer> urns) {
        Set<Integer> unknown = new HashSet<>(urns);
        unknown.removeAll(database.transactionalDsl().select(SETTING.URN).from(SETTING)
                .where(SETTING.URN.eq(DSL.any(urns.toArray(Integer[]::new)))).fetch(SETTING.URN));
        return unknown;
    }

    @Override
    public List<TermAttendance> ofPupil(UniquePupilNumber upn, long offset, int limit) {
        return database.transactionalDsl().selectFrom(TERM_ATTENDANCE)
                .where(TERM_ATTENDANCE.UPN.eq(upn.value()))
                .orderBy(TERM_ATTENDANCE.ACADEMIC_YEAR.desc(),
                        DSL.case_(TERM_ATTENDANCE.TERM).when("SUMMER", 1).when("SPRING", 2).otherwise(3))
                .offset(offset).limit(limit)
                .fetch(JooqAttendanceRecords::term);
    }

    @Override
    public long countOfPupil(UniquePupilNumber upn) {
        return database.transactionalDsl().fetchCount(TERM_ATTENDANCE, TERM_ATTENDANCE.UPN.eq(upn.value()));
    }

    private static TermAttendance term(TermAttendanceRecord r) {
        return new TermAttendance(UniquePupilNumber.parse(r.getUpn()), new AcademicYear(r.getAcademicYear()),
                Term.valueOf(r.getTerm()), r.getUrn(), r.getSessionsPossible(), r.getSessionsMissed());
    }
}

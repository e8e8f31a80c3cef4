package org.cypf.educationskills.schoolsystem.adapter.out.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cypf.educationskills.schoolsystem.domain.SourceAttendance;
import org.cypf.educationskills.schoolsystem.domain.SourceSuspension;
import org.cypf.educationskills.schoolsystem.domain.Watermark;
import org.cypf.educationskills.schoolsystem.port.SchoolInformationSystem;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Reads a school information system's MariaDB database in that system's own shape (ADR 0103): {@code student}
 * (with the UPN), {@code school} (with the URN), {@code attendance_summary} (a term's possible and absence marks) and
 * {@code exclusion}, each row with its {@code updated_at}. Plain SQL over a jOOQ context the application builds from
 * the system's connection settings (TECH-05: only the application opens connections); read only, nothing written.
 *
 * <p>The system keeps {@code updated_at} to the microsecond ({@code DATETIME(6)}, UTC), so (change time, row id)
 * orders its rows.
 */
public final class MariaDbSchoolInformationSystem implements SchoolInformationSystem {
    private final String name;
    private final DSLContext sis;

    /**
     * @param name the system's name for the watermarks, e.g. {@code brook-mis}
     * @param sis  a jOOQ context on the system's database (dialect MARIADB), built by the application
     */
    public MariaDbSchoolInformationSystem(String name, DSLContext sis) {
        this.name = name;
        this.sis = sis;
    }

    /** On the database the application opened for the system ({@code ContextDatabase.openSource}), named as it is. */
    public MariaDbSchoolInformationSystem(ContextDatabase.SourceDatabase system) {
        this(system.name(), system.dsl());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<SourceAttendance> attendanceChangedAfter(Watermark after, int limit) {
        Timestamp at = Timestamp.from(after.changedAt());
        return sis.resultQuery("""
                select a.attendance_id, s.upn, sc.urn, a.academic_year, a.term_code, a.possible_marks, a.absence_marks,
                       a.updated_at
                  from attendance_summary a
                  join student s on s.student_id = a.student_id
                  join school sc on sc.school_id = a.school_id
                 where a.updated_at > ? or (a.updated_at = ? and a.attendance_id > ?)
                 order by a.updated_at, a.attendance_id
                 limit ?""", at, at, after.lastRowId(), limit)
                .fetch(r -> new SourceAttendance(r.get(0, Long.class), r.get(1, String.class), r.get(2, Integer.class),
                        r.get(3, String.class), r.get(4, String.class), r.get(5, Integer.class),
                        r.get(6, Integer.class), instant(r, 7)));
    }

    @Override
    public List<SourceSuspension> suspensionsChangedAfter(Watermark after, int limit) {
        Timestamp at = Timestamp.from(after.changedAt());
        return sis.resultQuery("""
                select e.exclusion_id, s.upn, sc.urn, e.exclusion_type, e.reason_code, e.start_date, e.sessions,
                       e.updated_at
                  from exclusion e
                  join student s on s.student_id = e.student_id
                  join school sc on sc.school_id = e.school_id
                 where e.updated_at > ? or (e.updated_at = ? and e.exclusion_id > ?)
                 order by e.updated_at, e.exclusion_id
                 limit ?""", at, at, after.lastRowId(), limit)
                .fetch(r -> new SourceSuspension(r.get(0, Long.class), r.get(1, String.class), r.get(2, Integer.class),
                        r.get(3, String.class), r.get(4, String.class), r.get(5, LocalDate.class),
                        r.get(6, BigDecimal.class), instant(r, 7)));
    }

    private static Instant instant(Record r, int field) {
        Timestamp t = r.get(field, Timestamp.class);
        return t == null ? Instant.EPOCH : t.toInstant();
    }
}

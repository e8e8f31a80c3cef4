package org.cypf.educationskills.schoolsystem.adapter.out.persistence;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cypf.educationskills.schoolsystem.domain.SourceAttendance;
import org.cypf.educationskills.schoolsystem.domain.SourceSuspension;
import org.cypf.educationskills.schoolsystem.port.SchoolInformationSystem;
import org.cypf.educationskills.schoolsystem.port.SchoolInformationSystemContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The MariaDB adapter passes the port's contract suite (ADR 0106) on a real MariaDB (found by
 * {@link SchoolSystemDatabase}): each test gets a fresh database in the system's own shape, and the suite's rows are
 * written into it as the system keeps them (a school per URN, a student per UPN).
 */
class MariaDbSchoolInformationSystemContractTest extends SchoolInformationSystemContract {
    private SchoolSystemDatabase mis;

    @AfterEach
    void drop() {
        if (mis != null) {
            mis.close();
        }
    }

    @Override
    protected SchoolInformationSystem holding(List<SourceAttendance> attendance, List<SourceSuspension> suspensions) {
        mis = SchoolSystemDatabase.fresh();
        mis.run("/org/cypf/educationskills/schoolsystem/school-information-system.sql");
        Map<Integer, Integer> schools = new LinkedHashMap<>();
        Map<String, Integer> students = new LinkedHashMap<>();
        for (SourceAttendance a : attendance) {
            mis.dsl.execute("insert into attendance_summary (attendance_id, student_id, school_id, academic_year, "
                            + "term_code, possible_marks, absence_marks, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    a.rowId(), student(students, a.upn()), school(schools, a.urn()), a.academicYear(), a.term(),
                    a.possibleMarks(), a.absenceMarks(), Timestamp.from(a.changedAt()));
        }
        for (SourceSuspension s : suspensions) {
            mis.dsl.execute("insert into exclusion (exclusion_id, student_id, school_id, exclusion_type, reason_code, "
                            + "start_date, sessions, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    s.rowId(), student(students, s.upn()), school(schools, s.urn()), s.type(), s.reason(),
                    s.startDate(), s.sessions(), Timestamp.from(s.changedAt()));
        }
        return new MariaDbSchoolInformationSystem("contract-mis", mis.dsl);
    }

    private int school(Map<Integer, Integer> schools, Integer urn) {
        return schools.computeIfAbsent(urn, u -> {
            int id = schools.size() + 1;
            mis.dsl.execute("insert into school (school_id, urn, school_name) values (?, ?, ?)", id, u, "School " + u);
            return id;
        });
    }

    /** A student per UPN; a missing UPN is a student of its own, as in a system that has not yet been given one. */
    private int student(Map<String, Integer> students, String upn) {
        String key = upn == null ? "none-" + students.size() : upn;
        return students.computeIfAbsent(key, k -> {
            int id = students.size() + 1;
            mis.dsl.execute("insert into student (student_id, upn, legal_forename, legal_surname, date_of_birth) "
                    + "values (?, ?, 'Test', 'Pupil', '2015-01-01')", id, upn);
            return id;
        });
    }
}

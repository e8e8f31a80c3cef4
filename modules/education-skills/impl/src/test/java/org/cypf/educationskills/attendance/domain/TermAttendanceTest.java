package org.cypf.educationskills.attendance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Persistent (10 %) and severe (50 %) absence at and either side of each line; every rate worked out by hand. */
class TermAttendanceTest {
    private static final UniquePupilNumber UPN = UniquePupilNumber.parse("V861123424001");

    private static TermAttendance term(int possible, int missed) {
        return new TermAttendance(UPN, AcademicYear.parse("2024/25"), Term.AUTUMN, 100001, possible, missed);
    }

    @ParameterizedTest(name = "{1} of {0} sessions missed: {2} %, persistent {3}, severe {4}")
    @CsvSource({
            // 9/90 = 10 % exactly: persistent. 8/90 = 8.888.. -> 8.9 %: not.
            "90, 9, 10.0, true, false",
            "90, 8, 8.9, false, false",
            // 45/90 = 50 % exactly: severe (and persistent). 44/90 = 48.888.. -> 48.9 %: persistent only.
            "90, 45, 50.0, true, true",
            "90, 44, 48.9, true, false",
            // 19/191 = 9.947.. -> 9.9 %; 20/191 = 10.47.. -> 10.5 %: the line is compared exactly, not rounded.
            "191, 19, 9.9, false, false",
            "191, 20, 10.5, true, false",
            // 1/3 = 33.33.. -> 33.3 %; 2/3 = 66.66.. -> 66.7 % (half up); nothing missed is 0 %.
            "3, 1, 33.3, true, false",
            "3, 2, 66.7, true, true",
            "120, 0, 0.0, false, false"
    })
    void rate_and_the_two_lines(int possible, int missed, BigDecimal rate, boolean persistent, boolean severe) {
        var t = term(possible, missed);
        assertEquals(rate, t.absenceRate());
        assertEquals(persistent, t.isPersistentAbsence());
        assertEquals(severe, t.isSevereAbsence());
    }

    @Test
    void missing_more_than_possible_or_nothing_possible_is_refused_naming_the_fields() {
        var refused = assertThrows(InvalidInput.class, () -> term(0, 1));
        assertEquals(List.of("sessionsPossible", "sessionsMissed"),
                refused.violations().stream().map(FieldViolation::field).toList());
        assertThrows(InvalidInput.class, () -> term(10, -1));
    }

    @Test
    void academic_years_are_written_as_the_dfe_writes_them() {
        assertEquals(2024, AcademicYear.parse("2024/25").startYear());
        assertEquals("2099/00", new AcademicYear(2099).toString());
        assertEquals(2099, AcademicYear.parse("2099/00").startYear());
        assertThrows(InvalidInput.class, () -> AcademicYear.parse("2024/26"));
        assertThrows(InvalidInput.class, () -> AcademicYear.parse("2024-25"));
    }
}

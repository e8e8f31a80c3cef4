package org.cypf.educationskills.attendance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Violations;

/**
 * One pupil's sessions in one term at one school (a session is half a day). The DfE's definitions, in one place:
 * the absence rate is sessions missed over sessions possible; a pupil is a <em>persistent absentee</em> who misses
 * 10 % or more of their possible sessions, a <em>severe absentee</em> who misses 50 % or more. Both are compared in
 * whole numbers ({@code 10 * missed >= possible}), so no rounding can move a pupil across the line.
 *
 * @param urn the school's URN (the setting's six digits)
 */
public record TermAttendance(UniquePupilNumber upn, AcademicYear year, Term term, int urn, int sessionsPossible,
                             int sessionsMissed) {
    public static final int PERSISTENT_PERCENT = 10;
    public static final int SEVERE_PERCENT = 50;

    public TermAttendance {
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(term, "term");
        var v = new Violations();
        v.check(sessionsPossible > 0, "sessionsPossible", "must be more than 0");
        v.check(sessionsMissed >= 0, "sessionsMissed", "must not be negative");
        v.check(sessionsMissed <= sessionsPossible, "sessionsMissed", "must not be more than the sessions possible");
        v.throwIfAny();
    }

    /** Missed over possible, as a percentage to one decimal place, half up (as the DfE publishes rates). */
    public BigDecimal absenceRate() {
        return BigDecimal.valueOf(sessionsMissed * 100L).divide(BigDecimal.valueOf(sessionsPossible), 1,
                RoundingMode.HALF_UP);
    }

    public boolean isPersistentAbsence() {
        return 100L * sessionsMissed >= (long) PERSISTENT_PERCENT * sessionsPossible;
    }

    public boolean isSevereAbsence() {
        return 100L * sessionsMissed >= (long) SEVERE_PERCENT * sessionsPossible;
    }

    /** Whether {@code other} is the same pupil's same term (which an import replaces). */
    public boolean sameTerm(TermAttendance other) {
        return upn.equals(other.upn) && year.equals(other.year) && term == other.term;
    }
}

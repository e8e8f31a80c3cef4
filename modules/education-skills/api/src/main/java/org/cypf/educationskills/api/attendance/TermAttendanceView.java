package org.cypf.educationskills.api.attendance;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.math.BigDecimal;
import org.cypf.kernel.contract.Sensitive;

/**
 * One pupil's term at one school.
 *
 * @param academicYear    as the DfE writes it, {@code 2024/25}
 * @param term            {@code AUTUMN}, {@code SPRING} or {@code SUMMER}
 * @param absenceRate     sessions missed as a percentage of sessions possible, to one decimal place (half up)
 * @param persistentAbsence 10 % or more of possible sessions missed (compared exactly, not on the rounded rate)
 * @param severeAbsence   50 % or more of possible sessions missed
 */
public record TermAttendanceView(@Sensitive(PERSONAL) String upn, String academicYear, String term, int urn,
                                 int sessionsPossible,
                                 int sessionsMissed, BigDecimal absenceRate, boolean persistentAbsence,
                                 boolean severeAbsence) {}

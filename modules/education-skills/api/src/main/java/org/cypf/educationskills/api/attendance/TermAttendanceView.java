package org.cypf.educationskills.api.attendance;

import java.math.BigDecimal;

/**
 * One pupil's term at one school.
 *
 * @param academicYear    as the DfE writes it, {@code 2024/25}
 * @param term            {@code AUTUMN}, {@code SPRING} or {@code SUMMER}
 * @param absenceRate     sessions missed as a percentage of sessions possible, to one decimal place (half up)
 * @param persistentAbsence 10 % or more of possible sessions missed (compared exactly, not on the rounded rate)
 * @param severeAbsence   50 % or more of possible sessions missed
 */
public record TermAttendanceView(String upn, String academicYear, String term, int urn, int sessionsPossible,
                                 int sessionsMissed, BigDecimal absenceRate, boolean persistentAbsence,
                                 boolean severeAbsence) {}

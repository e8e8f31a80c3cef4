package org.cypf.educationskills.api.virtualschool;

import java.time.LocalDate;

/**
 * A child on the virtual school's roll.
 *
 * @param pepDueBy when the child's next Personal Education Plan is due: the first within 20 school days of entering
 *                 care (CYPF counts working days, weekdays less England's bank holidays, because school term dates
 *                 are not yet held), then by the end of the term after each PEP held (ADR 0046)
 */
public record VirtualSchoolChildView(String childId, String upn, LocalDate dateOfBirth, LocalDate enteredCareOn,
                                     LocalDate pepDueBy, LocalDate leftCareOn) {}

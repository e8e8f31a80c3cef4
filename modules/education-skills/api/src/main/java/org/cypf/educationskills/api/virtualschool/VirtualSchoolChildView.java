package org.cypf.educationskills.api.virtualschool;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import org.cypf.kernel.contract.Sensitive;

/**
 * A child on the virtual school's roll.
 *
 * @param pepDueBy when the child's next Personal Education Plan is due: the first within 20 school days of entering
 *                 care (CYPF counts working days, weekdays less England's bank holidays, because school term dates
 *                 are not yet held), then by the end of the term after each PEP held (ADR 0046)
 */
public record VirtualSchoolChildView(String childId, @Sensitive(PERSONAL) String upn,
                                     @Sensitive(PERSONAL) LocalDate dateOfBirth, LocalDate enteredCareOn,
                                     LocalDate pepDueBy, LocalDate leftCareOn) {}

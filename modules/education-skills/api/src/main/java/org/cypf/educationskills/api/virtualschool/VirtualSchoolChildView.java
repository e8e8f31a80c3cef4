package org.cypf.educationskills.api.virtualschool;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import org.cypf.kernel.contract.Sensitive;

/**
 * A child on the virtual school's roll.
 *
 * @param pepDueBy the Personal Education Plan is due within 20 school days of entering care; CYPF counts working
 *                 days (weekdays less England's bank holidays) because school term dates are not yet held
 */
public record VirtualSchoolChildView(String childId, @Sensitive(PERSONAL) String upn,
                                     @Sensitive(PERSONAL) LocalDate dateOfBirth, LocalDate enteredCareOn,
                                     LocalDate pepDueBy, LocalDate leftCareOn) {}

package org.cypf.socialcare.api.frontdoor;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;

/**
 * A contact that breached the one-working-day decision timescale, or will unless decided today.
 *
 * @param status          DECIDED_LATE, UNDECIDED_PAST_DUE or UNDECIDED_DUE_TODAY
 * @param workingDaysLate working days after the due day that it was decided, or (undecided) that the date is;
 *                        0 for one due today
 */
public record ContactBreachView(UUID contactId, String childId, @Sensitive(PERSONAL) String localChildId, Instant receivedAt,
                                LocalDate decisionDueOn, String decision, LocalDate decidedOn, String status,
                                int workingDaysLate, long version) {}

package org.cypf.socialcare.api.frontdoor;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;

/**
 * A contact awaiting a decision, as its work queue shows it.
 *
 * @param decisionDueOn the working day after the day it was received (in England)
 */
public record ContactAwaitingDecision(UUID contactId, String childId, @Sensitive(PERSONAL) String localChildId,
                                      Instant receivedAt, LocalDate decisionDueOn, long version) {}

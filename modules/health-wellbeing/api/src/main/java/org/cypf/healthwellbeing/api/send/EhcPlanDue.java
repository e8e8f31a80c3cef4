package org.cypf.healthwellbeing.api.send;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * A request for an EHC needs assessment still open, awaiting its final plan, as its work queue shows it.
 *
 * @param decisionDueBy 6 weeks after the request was received (whether to assess)
 * @param decision      ASSESS once decided; null while undecided
 * @param planDueBy     20 weeks after the request was received
 * @param version       the request's version, for a change made from the queue
 */
public record EhcPlanDue(UUID requestId, String childId, LocalDate receivedOn, LocalDate decisionDueBy,
                         @Nullable String decision, @Nullable LocalDate draftIssuedOn, LocalDate planDueBy,
                         long version) {}

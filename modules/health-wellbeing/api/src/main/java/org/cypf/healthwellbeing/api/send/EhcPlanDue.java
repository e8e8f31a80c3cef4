package org.cypf.healthwellbeing.api.send;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * A request for an EHC needs assessment awaiting its final plan, as its work queue shows it.
 *
 * @param planDueBy 20 weeks after the request was received
 * @param decision  TO_ASSESS once decided (within 6 weeks); null while undecided
 */
public record EhcPlanDue(UUID requestId, String childId, LocalDate receivedOn, @Nullable String decision,
                         @Nullable LocalDate draftIssuedOn, LocalDate planDueBy) {}

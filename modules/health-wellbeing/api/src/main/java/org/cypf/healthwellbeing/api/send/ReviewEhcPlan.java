package org.cypf.healthwellbeing.api.send;

import java.time.LocalDate;
import java.util.UUID;

/** An annual review of the plan held. */
public record ReviewEhcPlan(UUID requestId, LocalDate reviewedOn, long version) {}

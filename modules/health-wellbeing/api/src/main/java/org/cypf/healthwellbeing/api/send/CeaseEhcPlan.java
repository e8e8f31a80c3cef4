package org.cypf.healthwellbeing.api.send;

import java.time.LocalDate;
import java.util.UUID;

/** The plan ceases; {@code reason} is SEN2's cease reason, 1 to 9. */
public record CeaseEhcPlan(UUID requestId, LocalDate ceasedOn, Integer reason, long version) {}

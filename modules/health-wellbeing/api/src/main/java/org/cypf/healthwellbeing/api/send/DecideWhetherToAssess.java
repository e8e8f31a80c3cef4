package org.cypf.healthwellbeing.api.send;

import java.time.LocalDate;
import java.util.UUID;

/** The decision whether to assess: ASSESS or NOT_TO_ASSESS. */
public record DecideWhetherToAssess(UUID requestId, LocalDate decidedOn, String decision, long version) {}

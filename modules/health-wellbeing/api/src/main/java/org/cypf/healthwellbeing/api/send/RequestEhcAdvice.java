package org.cypf.healthwellbeing.api.send;

import java.time.LocalDate;
import java.util.UUID;

/** Advice asked of another context: {@code adviser} is social-care or education-skills. */
public record RequestEhcAdvice(UUID requestId, String adviser, LocalDate requestedOn, long version) {}

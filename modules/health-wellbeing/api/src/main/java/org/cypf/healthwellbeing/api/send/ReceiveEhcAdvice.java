package org.cypf.healthwellbeing.api.send;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An adviser's answer to a request for advice came back: {@code adviser} is social-care or education-skills. Not
 * versioned: it arrives as the adviser's event, and an answer already recorded is not recorded again.
 */
public record ReceiveEhcAdvice(UUID requestId, String adviser, LocalDate receivedOn) {}

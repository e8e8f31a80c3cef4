package org.cypf.healthwellbeing.api.send;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A practitioner gives social care's or education's advice to an EHC needs assessment (SEND Regulations 2014,
 * regulation 6(1)): {@code adviser} is social-care or education-skills, {@code summary} the advice in brief (the
 * full advice stays with the adviser). The caller last read the request at {@code version}.
 */
public record GiveEhcAdvice(UUID requestId, String adviser, LocalDate givenOn, String summary, long version) {}

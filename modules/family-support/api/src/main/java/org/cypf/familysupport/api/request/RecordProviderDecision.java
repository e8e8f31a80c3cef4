package org.cypf.familysupport.api.request;

import java.time.LocalDate;
import java.util.UUID;

/** The community service's provider accepts (ACCEPTED) or declines (DECLINED) the referral. */
public record RecordProviderDecision(UUID requestId, long version, LocalDate decidedOn, String decision) {}

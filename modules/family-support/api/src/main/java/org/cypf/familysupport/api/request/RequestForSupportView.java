package org.cypf.familysupport.api.request;

import java.time.LocalDate;
import java.util.UUID;

/** A request for support as its readers see it; triage and provider fields are null until decided. */
public record RequestForSupportView(UUID requestId, String childId, LocalDate receivedOn, String requestedBy,
                                    String partnerOrganisation, String need, String consentGivenBy,
                                    LocalDate consentGivenOn, String triageOutcome, LocalDate triagedOn,
                                    UUID directoryServiceId, String providerDecision, LocalDate providerDecidedOn,
                                    long version) {}

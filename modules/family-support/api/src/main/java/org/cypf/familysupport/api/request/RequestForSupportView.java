package org.cypf.familysupport.api.request;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * A request for support as its readers see it; triage and provider fields are null until decided, {@code handedOver}
 * null unless social care stepped the contact down; {@code familyId} the family grouping the child is in (null when
 * none), whose children {@code /families/{familyId}} lists, authorising each.
 */
public record RequestForSupportView(UUID requestId, String childId, @Nullable UUID familyId, LocalDate receivedOn, String requestedBy,
                                    @Nullable String partnerOrganisation, String need, @Nullable String consentGivenBy,
                                    @Nullable LocalDate consentGivenOn, @Nullable UUID steppedDownFromContact, @Nullable String triageOutcome,
                                    @Nullable LocalDate triagedOn, @Nullable UUID directoryServiceId,
                                    @Nullable String providerDecision, @Nullable LocalDate providerDecidedOn,
                                    @Nullable HandedOverHistory handedOver, long version) {}

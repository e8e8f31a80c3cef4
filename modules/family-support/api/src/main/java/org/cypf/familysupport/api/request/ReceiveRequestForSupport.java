package org.cypf.familysupport.api.request;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;

/**
 * A request for support about a child.
 *
 * @param childId             the partnership's identifier for the child (kernel ChildId)
 * @param requestedBy         FAMILY (the family asked themselves) or PARTNER (a school, health visitor, ...)
 * @param partnerOrganisation who asked, when a partner did
 * @param need                what the family needs help with, in the requester's words
 * @param consentGivenBy      who in the family consented to the request being made and shared
 * @param consentGivenOn      when; early help is voluntary, so there is no request without consent
 */
public record ReceiveRequestForSupport(String childId, LocalDate receivedOn, String requestedBy,
                                       @Nullable String partnerOrganisation, String need, String consentGivenBy,
                                       LocalDate consentGivenOn) {}

package org.cypf.familysupport.api.request;

import java.time.LocalDate;
import java.util.UUID;

/** The family's consent to early help, on a request the caller read at {@code version}. */
public record RecordConsent(UUID requestId, long version, String consentGivenBy, LocalDate consentGivenOn) {}

package org.cypf.familysupport.api.request;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * The triage decision on a request the caller read at {@code version}.
 *
 * @param outcome            INFORMATION_AND_ADVICE, COMMUNITY_SERVICE or EARLY_HELP
 * @param directoryServiceId the directory service referred to (COMMUNITY_SERVICE only)
 */
public record TriageRequestForSupport(UUID requestId, long version, LocalDate triagedOn, String outcome,
                                      @Nullable UUID directoryServiceId) {}

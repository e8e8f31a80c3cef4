package org.cypf.healthwellbeing.api.send;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * The final EHC plan issued.
 *
 * @param needTypes    SEN2 need types, primary first
 * @param namedSetting the named setting's URN (6 digits) or UKPRN (8 digits)
 * @param exception    the allowed exception a plan issued after 20 weeks was late under, if any; only for a late plan
 */
public record IssueEhcPlan(UUID requestId, LocalDate draftIssuedOn, LocalDate issuedOn, List<String> needTypes,
                           String namedSetting, @Nullable String exception, long version) {}

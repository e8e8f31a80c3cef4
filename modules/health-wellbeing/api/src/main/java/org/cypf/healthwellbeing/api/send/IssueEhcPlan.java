package org.cypf.healthwellbeing.api.send;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
                           String namedSetting, @Nullable String exception, long version) {
    /**
     * A copy the caller cannot change afterwards. Null, and null members in it, are kept: the domain refuses them by
     * field ({@code needTypes[i]}), which {@link List#copyOf} would pre-empt.
     */
    public IssueEhcPlan {
        needTypes = needTypes == null ? null : Collections.unmodifiableList(new ArrayList<>(needTypes));
    }
}

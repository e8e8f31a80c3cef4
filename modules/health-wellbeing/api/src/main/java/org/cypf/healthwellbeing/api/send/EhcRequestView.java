package org.cypf.healthwellbeing.api.send;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.contract.Sensitive;

/** A request for an EHC needs assessment as it stands, with its due dates. */
public record EhcRequestView(UUID requestId, String childId, @Sensitive(PERSONAL) @Nullable String nhsNumber,
                             LocalDate receivedOn,
                             LocalDate decisionDueBy, @Nullable LocalDate decidedOn, @Nullable String decision,
                             List<Advice> advice, LocalDate planDueBy, @Nullable LocalDate draftIssuedOn,
                             @Nullable LocalDate planIssuedOn, @Nullable Boolean planWithinTwentyWeeks,
                             @Nullable String exception, List<String> needTypes, @Nullable String namedSetting,
                             List<LocalDate> annualReviews, @Nullable LocalDate nextReviewDue,
                             @Nullable LocalDate ceasedOn, @Nullable Integer ceaseReason,
                             @Nullable LocalDate withdrawnOn, @Nullable LocalDate notToIssueOn, long version) {

    public EhcRequestView {
        advice = List.copyOf(advice);
        needTypes = List.copyOf(needTypes);
        annualReviews = List.copyOf(annualReviews);
    }

    /**
     * Advice asked of another context, due six weeks after asking; received when its answer came back, by the
     * adviser's event or from a practitioner ({@code answeredBy}, with the advice's {@code summary}).
     */
    public record Advice(String adviser, LocalDate requestedOn, LocalDate dueBy, @Nullable LocalDate receivedOn,
                         @Nullable Boolean onTime, @Nullable String answeredBy, @Nullable String summary) {}
}

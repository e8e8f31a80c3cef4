package org.cypf.socialcare.api.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * A CIN episode's (a referral's) CIN census details, replacing those held.
 *
 * @param referralId      the referral
 * @param primaryNeedCode PrimaryNeedCode N0-N9
 * @param cinPlans        its CIN plans, at most {@value #MAX_CIN_PLANS}
 */
public record RecordCinCensusEpisode(UUID referralId, @Nullable String primaryNeedCode,
                                     @Nullable List<CinPlanDates> cinPlans) {
    public RecordCinCensusEpisode {
        cinPlans = cinPlans == null ? null : List.copyOf(cinPlans);
    }

    /** More CIN plans than one episode plausibly has; a bound on the request, not a rule of the DfE's. */
    public static final int MAX_CIN_PLANS = 50;

    /** CINPlanDates: a CIN plan from {@code startDate} to {@code endDate} (null while open). */
    public record CinPlanDates(LocalDate startDate, @Nullable LocalDate endDate) {}
}

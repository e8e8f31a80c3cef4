package org.cypf.healthwellbeing.api.mentalhealth;

import java.util.List;

/** A page of referrals, and how many the filter matches in all. */
public record MentalHealthReferralPage(List<MentalHealthReferralView> referrals, long total) {
    public MentalHealthReferralPage {
        referrals = List.copyOf(referrals);
    }
}

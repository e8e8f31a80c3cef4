package org.cypf.socialcare.lookedafter.application;

import org.cypf.kernel.place.Postcode;
import org.cypf.socialcare.api.lookedafter.PeriodOfCareView;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.shared.domain.Child;

/** Domain to published view, in one place. */
final class PeriodOfCareViews {
    private PeriodOfCareViews() {}

    static PeriodOfCareView of(PeriodOfCare period, Child child) {
        return new PeriodOfCareView(period.id(), child.id().toString(), child.localChildId(), child.dateOfBirth(),
                period.startDate(), period.endDate(), period.reasonCeased(),
                period.episodes().stream().map(PeriodOfCareViews::of).toList(), period.version());
    }

    private static PeriodOfCareView.EpisodeView of(Episode e) {
        return new PeriodOfCareView.EpisodeView(e.startDate(), e.reasonForNewEpisode(), e.legalStatus(),
                e.categoryOfNeed(), e.placementType(), providerText(e.placementProvider()), text(e.placementPostcode()),
                e.endDate(), e.reasonCeased(), e.reasonPlaceChange());
    }

    /**
     * A placement without a provider (T0-T4, Z1) answers "", the blank the return writes: the published answer has
     * always given a string here, and a reader of it must not meet a null (ADR 0100).
     */
    private static String providerText(String provider) {
        return provider == null ? "" : provider;
    }

    private static String text(Postcode postcode) {
        return postcode == null ? null : postcode.value();
    }
}

package org.cypf.socialcare.api.lookedafter;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A period of care as a client sees it; {@code version} is what a change must quote back. */
public record PeriodOfCareView(UUID periodId, String childId, String localChildId, LocalDate dateOfBirth,
                               LocalDate startDate, LocalDate endDate, String reasonCeased,
                               List<EpisodeView> episodes, long version) {
    public PeriodOfCareView {
        episodes = List.copyOf(episodes);
    }

    /** One episode; {@code reasonPlaceChange} (REASON_PLACE_CHANGE) is given for RNE P, T, B and U. */
    public record EpisodeView(LocalDate startDate, String reasonForNewEpisode, String legalStatus,
                              String categoryOfNeed, String placementType, String placementProvider,
                              String placementPostcode, LocalDate endDate, String reasonCeased,
                              String reasonPlaceChange) {}
}

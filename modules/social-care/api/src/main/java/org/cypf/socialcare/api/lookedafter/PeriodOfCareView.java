package org.cypf.socialcare.api.lookedafter;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;

/** A period of care as a client sees it; {@code version} is what a change must quote back. */
public record PeriodOfCareView(UUID periodId, String childId, @Sensitive(PERSONAL) String localChildId,
                               @Sensitive(PERSONAL) LocalDate dateOfBirth,
                               LocalDate startDate, LocalDate endDate, String reasonCeased,
                               List<EpisodeView> episodes, long version) {
    public PeriodOfCareView {
        episodes = List.copyOf(episodes);
    }

    /**
     * One episode; {@code reasonPlaceChange} (REASON_PLACE_CHANGE) is why its placement ended: given on an episode that
     * ended with X1 when the next starts with RNE P, T, B or U and neither placement is temporary (DfE rules 225, 226).
     * {@code placementProvider} is "" (blank, as the return writes it) for a placement without one, T0-T4 and Z1.
     */
    public record EpisodeView(LocalDate startDate, String reasonForNewEpisode, String legalStatus,
                              String categoryOfNeed, String placementType, String placementProvider,
                              @Sensitive(PERSONAL) String placementPostcode, LocalDate endDate, String reasonCeased,
                              String reasonPlaceChange) {}
}

package org.cypf.socialcare.api.event;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;

/**
 * A looked-after child moved placement (SSDA903 RNE P, T, B or U): the virtual school and health follow the child
 * to their new home and school. Codes are SSDA903's.
 *
 * @param reasonForNewEpisode P, T, B or U
 * @param reasonPlaceChange   REASON_PLACE_CHANGE (e.g. CARPL, CREQB): why the previous placement ended, as held on
 *                            the episode the change ended
 */
@PublishedEvent(name = "social-care.placement-changed")
public record PlacementChanged(String childId, UUID periodId, LocalDate date, String reasonForNewEpisode,
                               String previousPlacementType, String previousPlacementProvider, String placementType,
                               String placementProvider, String placementPostcode, String reasonPlaceChange,
                               String legalStatus) implements IntegrationEvent {
    @Override
    public String aggregateId() {
        return childId;
    }
}

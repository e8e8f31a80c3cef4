package org.cypf.socialcare.api.event;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;
import static org.cypf.kernel.contract.Sensitive.Category.SOCIAL_CARE;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;

/**
 * A looked-after child moved placement (SSDA903 RNE P, T, B or U): the virtual school and health follow the child
 * to their new home and school. Codes are SSDA903's.
 *
 * @param reasonForNewEpisode P, T, B or U
 * @param placementProvider   PLACE_PROVIDER, null for a placement without a provider (T0-T4, Z1; DfE rules 213, 178),
 *                            as {@code previousPlacementProvider} is for a move out of one
 * @param reasonPlaceChange   REASON_PLACE_CHANGE (e.g. CARPL, CREQB): why the previous placement ended, as held on
 *                            the episode the change ended
 */
@PublishedEvent(name = "social-care.placement-changed")
public record PlacementChanged(@Sensitive(PERSONAL) String childId, UUID periodId, LocalDate date,
                               String reasonForNewEpisode, @Sensitive(SOCIAL_CARE) String previousPlacementType,
                               String previousPlacementProvider, @Sensitive(SOCIAL_CARE) String placementType,
                               String placementProvider, @Sensitive(PERSONAL) String placementPostcode,
                               @Sensitive(SOCIAL_CARE) String reasonPlaceChange,
                               @Sensitive(SOCIAL_CARE) String legalStatus) implements IntegrationEvent {
    @Override
    public String aggregateId() {
        return childId;
    }
}

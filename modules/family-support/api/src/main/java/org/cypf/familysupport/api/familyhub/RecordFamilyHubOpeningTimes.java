package org.cypf.familysupport.api.familyhub;

import java.util.List;
import java.util.UUID;

/**
 * A Family Hub's regular opening times, replacing the ones recorded before (at most 50; none: the hub has no
 * regular opening).
 */
public record RecordFamilyHubOpeningTimes(UUID hubId, List<FamilyHubOpeningTime> openingTimes) {
    public RecordFamilyHubOpeningTimes {
        openingTimes = openingTimes == null ? List.of() : List.copyOf(openingTimes);
    }
}

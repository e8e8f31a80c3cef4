package org.cypf.familysupport.api.familyhub;

import java.util.UUID;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/** The partnership's Family Hubs: places, not people, so no child's record is touched. */
public interface FamilyHubs {
    /** One page of the Family Hubs, by name, read by the store a page at a time. */
    Page<FamilyHubView> familyHubs(Slice slice);

    /** A hub's regular opening times, by day and opening time. */
    FamilyHubOpeningTimes openingTimes(UUID hubId);

    /**
     * Replaces a hub's regular opening times. No child's record is touched, so there is no access decision to
     * make: {@code recordedBy} (the authenticated user) is kept with the times. Refused whole, naming each broken
     * rule ({@code openingTimes[1].closesAt}), before anything is read.
     */
    FamilyHubOpeningTimes recordOpeningTimes(String recordedBy, RecordFamilyHubOpeningTimes command);
}

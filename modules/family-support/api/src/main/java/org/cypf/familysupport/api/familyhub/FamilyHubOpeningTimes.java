package org.cypf.familysupport.api.familyhub;

import java.util.List;
import java.util.UUID;

/**
 * A Family Hub and its regular opening times, each with the identifier its ORUK {@code schedule} is served under.
 */
public record FamilyHubOpeningTimes(UUID hubId, String name, String postcode, List<Schedule> schedules) {
    public FamilyHubOpeningTimes {
        schedules = List.copyOf(schedules);
    }

    /** One opening time as recorded, with its schedule identifier. */
    public record Schedule(UUID scheduleId, FamilyHubOpeningTime openingTime) {}
}

package org.cypf.familysupport.api.familynetwork;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The meeting was held: who attended and the plan the family made, quoting the version read. */
public record HoldFamilyNetworkMeeting(UUID meetingId, long version, LocalDate heldOn, List<Attendee> attendees,
                                       String familyPlan) {
    public HoldFamilyNetworkMeeting {
        attendees = attendees == null ? null : List.copyOf(attendees);
    }
}

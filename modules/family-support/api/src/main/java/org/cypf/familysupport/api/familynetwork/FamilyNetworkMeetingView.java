package org.cypf.familysupport.api.familynetwork;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/** A meeting offered, and declined or held. */
public record FamilyNetworkMeetingView(UUID meetingId, String childId, UUID episodeId, String meetingType,
                                       LocalDate offeredOn, @Nullable LocalDate declinedOn, @Nullable LocalDate heldOn,
                                       List<Attendee> attendees, @Nullable String familyPlan, long version) {
    public FamilyNetworkMeetingView {
        attendees = List.copyOf(attendees);
    }
}

package org.cypf.socialcare.api.familynetwork;

import java.time.LocalDate;
import java.util.UUID;

public record FamilyNetworkMeetingView(UUID meetingId, String childId, LocalDate heldOn, String type, String outcome,
                                       long version) {}

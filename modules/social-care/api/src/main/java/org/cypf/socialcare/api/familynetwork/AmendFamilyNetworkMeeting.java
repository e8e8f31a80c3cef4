package org.cypf.socialcare.api.familynetwork;

import java.time.LocalDate;
import java.util.UUID;

/** The meeting as it should have been recorded; {@code version} is the one read. */
public record AmendFamilyNetworkMeeting(UUID meetingId, LocalDate heldOn, String type, String outcome, long version) {}

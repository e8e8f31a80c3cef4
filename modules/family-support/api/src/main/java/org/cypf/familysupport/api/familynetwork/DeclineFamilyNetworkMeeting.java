package org.cypf.familysupport.api.familynetwork;

import java.time.LocalDate;
import java.util.UUID;

/** The family declined the meeting offered (it is voluntary), quoting the version read. */
public record DeclineFamilyNetworkMeeting(UUID meetingId, long version, LocalDate declinedOn) {}

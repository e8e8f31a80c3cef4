package org.cypf.familysupport.api.familynetwork;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting offered to the family of an open early help episode.
 *
 * @param meetingType FAMILY_NETWORK_MEETING or FAMILY_GROUP_CONFERENCE
 */
public record OfferFamilyNetworkMeeting(UUID episodeId, LocalDate offeredOn, String meetingType) {}

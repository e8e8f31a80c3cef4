package org.cypf.familysupport.api.familynetwork;

import java.util.UUID;
import org.cypf.governance.api.access.Caller;

/**
 * Family network meetings and family group conferences (family group decision making, Families First) offered to a
 * family in early help: the family declines or the meeting is held, with who attended and the plan the family made.
 * A child's record: every use case is authorised and audited through governance's access port.
 */
public interface FamilyNetworkMeetings {
    FamilyNetworkMeetingView offer(Caller caller, OfferFamilyNetworkMeeting command);

    FamilyNetworkMeetingView decline(Caller caller, DeclineFamilyNetworkMeeting command);

    FamilyNetworkMeetingView hold(Caller caller, HoldFamilyNetworkMeeting command);

    FamilyNetworkMeetingView meeting(Caller caller, UUID meetingId);

    /** A page of an early help episode's meetings, oldest offered first, paged by the store. */
    FamilyNetworkMeetingPage forEpisode(Caller caller, UUID episodeId, int page, int size);
}

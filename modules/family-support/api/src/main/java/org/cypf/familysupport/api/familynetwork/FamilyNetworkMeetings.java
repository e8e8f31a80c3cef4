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

    /** The most meetings one page of {@link #meetingsOfChild} holds. */
    int MAX_CHILD_PAGE_SIZE = 100;

    /**
     * One page of one child's meetings in every early help episode, oldest offered first, with how many there are:
     * the child's record, authorised and audited as one read of it (a child's chronology shows them from it).
     *
     * @throws org.cypf.kernel.problem.InvalidInput when {@code childId} is not a child's id (a UUID), {@code page} is
     *                                              below 1 or {@code size} is not 1 to {@value #MAX_CHILD_PAGE_SIZE};
     *                                              nothing is audited
     */
    FamilyNetworkMeetingPage meetingsOfChild(Caller caller, String childId, int page, int size);
}

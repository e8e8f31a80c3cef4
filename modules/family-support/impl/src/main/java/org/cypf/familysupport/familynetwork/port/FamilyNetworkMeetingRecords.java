package org.cypf.familysupport.familynetwork.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.familysupport.familynetwork.domain.FamilyNetworkMeeting;

/** Where family network meetings are kept. Every method runs inside the caller's unit of work. */
public interface FamilyNetworkMeetingRecords {
    Optional<FamilyNetworkMeeting> find(UUID meetingId);

    void add(FamilyNetworkMeeting meeting);

    /** @throws org.cypf.kernel.problem.StaleVersion when another change was stored first */
    void update(FamilyNetworkMeeting meeting, long expectedVersion);

    /** One page of an episode's meetings, oldest offered first, by SQL's offset and limit. */
    List<FamilyNetworkMeeting> forEpisode(UUID episodeId, long offset, int size);

    long countForEpisode(UUID episodeId);

    /** One page of a child's meetings, in every episode, oldest offered first, by SQL's offset and limit. */
    List<FamilyNetworkMeeting> forChild(org.cypf.kernel.identity.ChildId child, long offset, int size);

    long countForChild(org.cypf.kernel.identity.ChildId child);
}

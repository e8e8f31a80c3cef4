package org.cypf.familysupport.familynetwork.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.familysupport.familynetwork.domain.FamilyNetworkMeeting;
import org.cypf.kernel.identity.ChildId;

/**
 * Where family network meetings are kept. Every method runs inside the caller's unit of work. What every store must
 * do is stated by {@code FamilyNetworkMeetingRecordsContract} in the module's test-jar.
 */
public interface FamilyNetworkMeetingRecords {
    Optional<FamilyNetworkMeeting> find(UUID meetingId);

    /**
     * Stores a meeting just offered, of an episode already held.
     *
     * @throws org.cypf.kernel.problem.Conflict when a meeting is held under its id already (the first is kept)
     */
    void add(FamilyNetworkMeeting meeting);

    /**
     * Stores the meeting as declined or held, with who attended in order and the family's plan.
     *
     * @throws org.cypf.kernel.problem.StaleVersion when another change was stored first; nothing is stored
     */
    void update(FamilyNetworkMeeting meeting, long expectedVersion);

    /** One page of an episode's meetings, oldest offered first (then by id), by SQL's offset and limit. */
    List<FamilyNetworkMeeting> forEpisode(UUID episodeId, long offset, int size);

    long countForEpisode(UUID episodeId);

    /** One page of a child's meetings, in every episode, oldest offered first (then by id), by offset and limit. */
    List<FamilyNetworkMeeting> forChild(ChildId child, long offset, int size);

    long countForChild(ChildId child);
}

package org.cypf.familysupport.familynetwork.adapter.out.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.cypf.familysupport.familynetwork.domain.FamilyNetworkMeeting;
import org.cypf.familysupport.familynetwork.port.FamilyNetworkMeetingRecords;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Family support's family network meetings in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code FamilyNetworkMeetingRecordsContract} as the jOOQ adapter does: meetings added and changed in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits. A unit of work that adds or changes a meeting holds its lock to
 * its end, as the database's primary key and row lock hold the second writer until the first commits: one meeting an
 * id, and of two changes from one version one is stale. It names an episode without holding it (no foreign key).
 */
public final class InMemoryFamilyNetworkMeetings implements FamilyNetworkMeetingRecords {
    /** Oldest offered first, then by id, as the jOOQ adapter reads them (a uuid's text orders as its bytes). */
    private static final Comparator<FamilyNetworkMeeting> OLDEST_OFFERED_FIRST = Comparator
            .comparing(FamilyNetworkMeeting::offeredOn).thenComparing(m -> m.id().toString());

    private final InMemoryRows<UUID, FamilyNetworkMeeting> rows = new InMemoryRows<>();

    @Override
    public Optional<FamilyNetworkMeeting> find(UUID meetingId) {
        return rows.find(meetingId);
    }

    @Override
    public void add(FamilyNetworkMeeting meeting) {
        rows.lock(meeting.id());
        if (rows.find(meeting.id()).isPresent()) {
            // as family_network_meeting's primary key refuses it
            throw new Conflict("a family network meeting is held under this id already");
        }
        rows.put(meeting.id(), meeting);
    }

    @Override
    public void update(FamilyNetworkMeeting meeting, long expectedVersion) {
        rows.lock(meeting.id());
        if (rows.find(meeting.id()).filter(held -> held.version() == expectedVersion).isEmpty()) {
            throw new StaleVersion("the family network meeting", expectedVersion);
        }
        rows.put(meeting.id(), meeting);
    }

    @Override
    public List<FamilyNetworkMeeting> forEpisode(UUID episodeId, long offset, int size) {
        return page(m -> m.episodeId().equals(episodeId), offset, size);
    }

    @Override
    public long countForEpisode(UUID episodeId) {
        return rows.where(m -> m.episodeId().equals(episodeId)).size();
    }

    @Override
    public List<FamilyNetworkMeeting> forChild(ChildId child, long offset, int size) {
        return page(m -> m.childId().equals(child), offset, size);
    }

    @Override
    public long countForChild(ChildId child) {
        return rows.where(m -> m.childId().equals(child)).size();
    }

    private List<FamilyNetworkMeeting> page(Predicate<FamilyNetworkMeeting> which, long offset, int size) {
        return rows.where(which).stream().sorted(OLDEST_OFFERED_FIRST).skip(offset).limit(size).toList();
    }
}

package org.cypf.socialcare.familynetwork.adapter.out.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.familynetwork.domain.FamilyNetworkMeeting;
import org.cypf.socialcare.familynetwork.port.FamilyNetworkMeetingRecords;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Family network meetings in memory, for fast tests of social care's use cases (ADR 0097); test code only. It
 * passes {@code FamilyNetworkMeetingRecordsContract} as the jOOQ adapter does: writes are staged in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits; a meeting written is locked until the unit of work ends, as a
 * row is, so of two units amending one version the second sees the first's commit and is refused as stale.
 */
public final class InMemoryFamilyNetworkMeetings implements FamilyNetworkMeetingRecords {
    private final Map<UUID, FamilyNetworkMeeting> stored = new ConcurrentHashMap<>();
    private final Map<UUID, ReentrantLock> locks = new ConcurrentHashMap<>();

    private Map<UUID, FamilyNetworkMeeting> staged() {
        var tx = InMemoryUnitOfWork.current();
        return tx.staged(this, () -> {
            Map<UUID, FamilyNetworkMeeting> writes = new HashMap<>();
            tx.onCommit(() -> stored.putAll(writes));
            return writes;
        });
    }

    /** What this unit of work sees: the committed meetings and its own writes. */
    private Map<UUID, FamilyNetworkMeeting> visible() {
        Map<UUID, FamilyNetworkMeeting> all = new HashMap<>(stored);
        InMemoryUnitOfWork.open().flatMap(tx -> tx.<Map<UUID, FamilyNetworkMeeting>>peek(this)).ifPresent(all::putAll);
        return all;
    }

    /** Holds the meeting's lock until the unit of work ends, as a row written is held. */
    private void lock(UUID id) {
        var tx = InMemoryUnitOfWork.current();
        ReentrantLock lock = locks.computeIfAbsent(id, k -> new ReentrantLock());
        if (!lock.isHeldByCurrentThread()) {
            lock.lock();
            tx.onEnd(lock::unlock);
        }
    }

    @Override
    public Optional<FamilyNetworkMeeting> find(UUID meetingId) {
        return Optional.ofNullable(visible().get(meetingId));
    }

    @Override
    public Page<FamilyNetworkMeeting> forChild(ChildId child, Slice slice) {
        List<FamilyNetworkMeeting> all = visible().values().stream().filter(m -> m.childId().equals(child))
                .sorted(Comparator.comparing(FamilyNetworkMeeting::heldOn).thenComparing(FamilyNetworkMeeting::id))
                .toList();
        return new Page<>(all.stream().skip(slice.offset()).limit(slice.size()).toList(), all.size());
    }

    @Override
    public long countHeldBetween(LocalDate from, LocalDate to) {
        return visible().values().stream().filter(m -> !m.heldOn().isBefore(from) && !m.heldOn().isAfter(to)).count();
    }

    /** @throws IllegalStateException when a meeting is stored under the id already, as a primary key refuses it */
    @Override
    public void add(FamilyNetworkMeeting meeting) {
        lock(meeting.id());
        if (visible().containsKey(meeting.id())) {
            throw new IllegalStateException("a family network meeting is stored under this id already");
        }
        staged().put(meeting.id(), meeting);
    }

    @Override
    public void update(FamilyNetworkMeeting after, long expectedVersion) {
        lock(after.id());
        FamilyNetworkMeeting current = visible().get(after.id());
        if (current == null || current.version() != expectedVersion) {
            throw new StaleVersion("the family network meeting", expectedVersion);
        }
        staged().put(after.id(), after);
    }
}

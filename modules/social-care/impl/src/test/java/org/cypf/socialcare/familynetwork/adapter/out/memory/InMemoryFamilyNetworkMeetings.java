package org.cypf.socialcare.familynetwork.adapter.out.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.familynetwork.domain.FamilyNetworkMeeting;
import org.cypf.socialcare.familynetwork.port.FamilyNetworkMeetingRecords;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Family network meetings in memory, for fast tests of social care's use cases (ADR 0097); test code only. It
 * passes {@code FamilyNetworkMeetingRecordsContract} as the jOOQ adapter does: writes are made in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits; a meeting written holds its lock until the unit of work ends,
 * as a row is held, so of two units amending one version the second sees the first's commit and is refused as stale.
 */
public final class InMemoryFamilyNetworkMeetings implements FamilyNetworkMeetingRecords {
    /** Oldest first, then by id, as the jOOQ adapter reads them (a uuid's text orders as its bytes). */
    private static final Comparator<FamilyNetworkMeeting> HELD = Comparator.comparing(FamilyNetworkMeeting::heldOn)
            .thenComparing(m -> m.id().toString());

    private final InMemoryRows<UUID, FamilyNetworkMeeting> rows = new InMemoryRows<>();

    @Override
    public Optional<FamilyNetworkMeeting> find(UUID meetingId) {
        return rows.find(meetingId);
    }

    @Override
    public Page<FamilyNetworkMeeting> forChild(ChildId child, Slice slice) {
        List<FamilyNetworkMeeting> all = rows.where(m -> m.childId().equals(child)).stream().sorted(HELD).toList();
        return new Page<>(all.stream().skip(slice.offset()).limit(slice.size()).toList(), all.size());
    }

    @Override
    public long countHeldBetween(LocalDate from, LocalDate to) {
        return rows.where(m -> !m.heldOn().isBefore(from) && !m.heldOn().isAfter(to)).size();
    }

    /** @throws IllegalStateException when a meeting is stored under the id already, as a primary key refuses it */
    @Override
    public void add(FamilyNetworkMeeting meeting) {
        rows.lock(meeting.id());
        if (rows.find(meeting.id()).isPresent()) {
            throw new IllegalStateException("a family network meeting is stored under this id already");
        }
        rows.put(meeting.id(), meeting);
    }

    @Override
    public void update(FamilyNetworkMeeting after, long expectedVersion) {
        rows.lock(after.id());
        if (rows.find(after.id()).filter(held -> held.version() == expectedVersion).isEmpty()) {
            throw new StaleVersion("the family network meeting", expectedVersion);
        }
        rows.put(after.id(), after);
    }
}

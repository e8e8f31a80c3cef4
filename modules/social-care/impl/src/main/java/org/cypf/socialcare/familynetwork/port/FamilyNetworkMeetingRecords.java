package org.cypf.socialcare.familynetwork.port;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.familynetwork.domain.FamilyNetworkMeeting;

/** Where family network meetings are kept. Every method runs inside the caller's unit of work. */
public interface FamilyNetworkMeetingRecords {

    Optional<FamilyNetworkMeeting> find(UUID meetingId);

    /** One page of the child's meetings, oldest first, with how many the child has. */
    org.cypf.kernel.page.Page<FamilyNetworkMeeting> forChild(ChildId child, org.cypf.kernel.page.Slice slice);

    /** Meetings held from {@code from} to {@code to}, both included. */
    long countHeldBetween(LocalDate from, LocalDate to);

    void add(FamilyNetworkMeeting meeting);

    /**
     * Stores {@code after} (at its next version) if the stored meeting is still at {@code expectedVersion}.
     *
     * @throws org.cypf.kernel.problem.StaleVersion when someone else changed it first
     */
    void update(FamilyNetworkMeeting after, long expectedVersion);
}

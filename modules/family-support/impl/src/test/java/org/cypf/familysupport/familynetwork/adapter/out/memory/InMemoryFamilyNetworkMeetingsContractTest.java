package org.cypf.familysupport.familynetwork.adapter.out.memory;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.familysupport.familynetwork.port.FamilyNetworkMeetingRecords;
import org.cypf.familysupport.familynetwork.port.FamilyNetworkMeetingRecordsContract;
import org.cypf.kernel.identity.ChildId;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory family network meetings pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryFamilyNetworkMeetingsContractTest extends FamilyNetworkMeetingRecordsContract {
    private final InMemoryFamilyNetworkMeetings meetings = new InMemoryFamilyNetworkMeetings();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected FamilyNetworkMeetingRecords meetings() {
        return meetings;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** The in-memory meetings name an episode without holding it (no foreign key): only its id is made. */
    @Override
    protected UUID anEpisodeOf(ChildId child, LocalDate openedOn) {
        return UUID.randomUUID();
    }
}

package org.cypf.socialcare.familynetwork.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.familynetwork.port.FamilyNetworkMeetingRecords;
import org.cypf.socialcare.familynetwork.port.FamilyNetworkMeetingRecordsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory meetings pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryFamilyNetworkMeetingsContractTest extends FamilyNetworkMeetingRecordsContract {
    private final InMemoryFamilyNetworkMeetings meetings = new InMemoryFamilyNetworkMeetings();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected FamilyNetworkMeetingRecords records() {
        return meetings;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    @Override
    protected ChildId aChild() {
        return ChildId.newId();
    }
}

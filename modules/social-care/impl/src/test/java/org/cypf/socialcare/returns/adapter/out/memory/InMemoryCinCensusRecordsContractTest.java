package org.cypf.socialcare.returns.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.returns.port.CinCensusRecords;
import org.cypf.socialcare.returns.port.CinCensusRecordsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory readings pass {@code CinCensusRecordsContract} (ADR 0097), as the jOOQ adapter does. */
class InMemoryCinCensusRecordsContractTest extends CinCensusRecordsContract {
    private final InMemoryCinCensusRecords records = new InMemoryCinCensusRecords();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected CinCensusRecords records() {
        return records;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** The in-memory readings name a child without holding it (no foreign key): the child is only made. */
    @Override
    protected ChildId aChild() {
        return ChildId.newId();
    }

    @Override
    protected void hold(Referral referral) {
        unitOfWork.run(() -> records.hold(referral));
    }

    @Override
    protected void hold(ChildProtectionEnquiry enquiry) {
        unitOfWork.run(() -> records.hold(enquiry));
    }
}

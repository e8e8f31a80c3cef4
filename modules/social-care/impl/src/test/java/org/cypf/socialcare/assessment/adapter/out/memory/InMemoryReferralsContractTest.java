package org.cypf.socialcare.assessment.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.assessment.port.Referrals;
import org.cypf.socialcare.assessment.port.ReferralsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory referrals pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryReferralsContractTest extends ReferralsContract {
    private final InMemoryReferrals referrals = new InMemoryReferrals();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected Referrals referrals() {
        return referrals;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** The in-memory referrals name a child without holding it (no foreign key): it is only made. */
    @Override
    protected ChildId aChild() {
        return ChildId.newId();
    }
}

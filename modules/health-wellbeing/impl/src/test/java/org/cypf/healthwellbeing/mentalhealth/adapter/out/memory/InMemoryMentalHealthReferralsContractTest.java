package org.cypf.healthwellbeing.mentalhealth.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.healthwellbeing.mentalhealth.port.MentalHealthReferrals;
import org.cypf.healthwellbeing.mentalhealth.port.MentalHealthReferralsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory mental health referrals pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryMentalHealthReferralsContractTest extends MentalHealthReferralsContract {
    private final InMemoryMentalHealthReferrals referrals = new InMemoryMentalHealthReferrals();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected MentalHealthReferrals referrals() {
        return referrals;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}

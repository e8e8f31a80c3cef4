package org.cypf.socialcare.protection.adapter.out.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.protection.domain.ConferenceOutcome;
import org.cypf.socialcare.protection.domain.Section47Outcome;
import org.cypf.socialcare.protection.port.ChildProtectionPlans;
import org.cypf.socialcare.protection.port.ChildProtectionPlansContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory child protection plans pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryChildProtectionPlansContractTest extends ChildProtectionPlansContract {
    private final InMemoryChildProtectionPlans plans = new InMemoryChildProtectionPlans();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected ChildProtectionPlans plans() {
        return plans;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** The in-memory plans name a child without holding it (no foreign key): it is only made. */
    @Override
    protected ChildId aChild() {
        return ChildId.newId();
    }

    /** Nor do they hold the enquiry and referral a plan starts from: the enquiry is only made. */
    @Override
    protected ChildProtectionEnquiry anEnquiry(ChildId child, LocalDate conference) {
        return ChildProtectionEnquiry.rebuild(UUID.randomUUID(), child, UUID.randomUUID(),
                List.of(conference.minusDays(25)), conference.minusDays(25), Section47Outcome.INITIAL_CONFERENCE,
                conference.minusDays(20), conference, ConferenceOutcome.CHILD_PROTECTION_PLAN, 0);
    }
}

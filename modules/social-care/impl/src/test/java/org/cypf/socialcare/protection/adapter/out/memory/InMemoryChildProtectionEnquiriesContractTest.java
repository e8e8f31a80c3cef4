package org.cypf.socialcare.protection.adapter.out.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.protection.port.ChildProtectionEnquiries;
import org.cypf.socialcare.protection.port.ChildProtectionEnquiriesContract;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory child protection enquiries pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryChildProtectionEnquiriesContractTest extends ChildProtectionEnquiriesContract {
    private final InMemoryChildProtectionEnquiries enquiries = new InMemoryChildProtectionEnquiries();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected ChildProtectionEnquiries enquiries() {
        return enquiries;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** The in-memory enquiries name a referral without holding it (no foreign key): it is only made. */
    @Override
    protected Referral aReferral(LocalDate on) {
        return Referral.open(UUID.randomUUID(), ChildId.newId(), on, "6", null, Instant.parse("2000-01-01T09:00:00Z"),
                on, CinCensusCodes.standard()).after();
    }
}

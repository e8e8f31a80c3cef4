package org.cypf.socialcare.schoolexclusions.adapter.out.memory;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.schoolexclusions.domain.SchoolExclusion;
import org.cypf.socialcare.schoolexclusions.port.SchoolExclusionRecords;
import org.cypf.socialcare.schoolexclusions.port.SchoolExclusionRecordsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * The in-memory school exclusions pass the record store's suite (ADR 0097), as the jOOQ adapter does; the children and
 * the times social care worked with them are told to it, as the database holds what the other stores wrote.
 */
class InMemorySchoolExclusionRecordsContractTest extends SchoolExclusionRecordsContract {
    private final InMemorySchoolExclusionRecords exclusions = new InMemorySchoolExclusionRecords();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected SchoolExclusionRecords exclusions() {
        return exclusions;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    @Override
    protected ChildId aChild(String upn) {
        ChildId child = ChildId.newId();
        exclusions.holdChild(child, upn);
        return child;
    }

    @Override
    protected void lookedAfter(ChildId child, LocalDate from, LocalDate to) {
        exclusions.holdWorkedWith(child, from, to);
    }

    @Override
    protected void referred(ChildId child, LocalDate from, LocalDate to) {
        exclusions.holdWorkedWith(child, from, to);
    }

    @Override
    protected void onAPlan(ChildId child, LocalDate from, LocalDate to) {
        exclusions.holdWorkedWith(child, from, to);
    }

    @Override
    protected Optional<SchoolExclusion> held(UUID exclusionId) {
        return exclusions.held(exclusionId);
    }
}

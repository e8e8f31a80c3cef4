package org.cypf.socialcare.permanence.adapter.out.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.permanence.port.PermanenceRecords;
import org.cypf.socialcare.permanence.port.PermanenceRecordsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory permanence records pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryPermanenceRecordsContractTest extends PermanenceRecordsContract {
    private final InMemoryPermanenceRecords records = new InMemoryPermanenceRecords();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected PermanenceRecords records() {
        return records;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** The in-memory records name a period and its child without holding them (no foreign key): they are only made. */
    @Override
    protected PeriodOfCare aPeriodOfCare() {
        return PeriodOfCare.imported(UUID.randomUUID(), ChildId.newId(), List.of(new Episode(UUID.randomUUID(),
                LocalDate.of(2024, 1, 1), "S", "C2", "N1", "U6", "PR1", null, null, null, null, null)));
    }
}

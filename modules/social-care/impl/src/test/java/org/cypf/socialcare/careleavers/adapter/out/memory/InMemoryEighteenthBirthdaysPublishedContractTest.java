package org.cypf.socialcare.careleavers.adapter.out.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.careleavers.port.EighteenthBirthdaysPublished;
import org.cypf.socialcare.careleavers.port.EighteenthBirthdaysPublishedContract;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory 18th birthdays published pass the store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryEighteenthBirthdaysPublishedContractTest extends EighteenthBirthdaysPublishedContract {
    private final InMemoryEighteenthBirthdaysPublished published = new InMemoryEighteenthBirthdaysPublished();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected EighteenthBirthdaysPublished published() {
        return published;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** The in-memory marks name a child and a period without holding them (no foreign key): they are only made. */
    @Override
    protected PeriodOfCare aPeriodOfCare() {
        return PeriodOfCare.imported(UUID.randomUUID(), ChildId.newId(), List.of(new Episode(UUID.randomUUID(),
                LocalDate.of(2020, 1, 1), "S", "C2", "N1", "U6", "PR1", null, null, null, null, null)));
    }
}

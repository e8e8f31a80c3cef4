package org.cypf.socialcare.returns.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.returns.port.Ssda903Episodes;
import org.cypf.socialcare.returns.port.Ssda903EpisodesContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory reading passes {@code Ssda903EpisodesContract} (ADR 0097), as the jOOQ adapter does. */
class InMemorySsda903EpisodesContractTest extends Ssda903EpisodesContract {
    private final InMemorySsda903Episodes episodes = new InMemorySsda903Episodes();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected Ssda903Episodes episodes() {
        return episodes;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    @Override
    protected ChildId aChild(String localChildId) {
        ChildId child = ChildId.newId();
        unitOfWork.run(() -> episodes.holdChild(child, localChildId));
        return child;
    }

    @Override
    protected void hold(PeriodOfCare period) {
        unitOfWork.run(() -> episodes.hold(period));
    }
}

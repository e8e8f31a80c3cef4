package org.cypf.socialcare.lookedafter.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.port.MissingEpisodes;
import org.cypf.socialcare.lookedafter.port.MissingEpisodesContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory missing episodes pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryMissingEpisodesContractTest extends MissingEpisodesContract {
    private final InMemoryMissingEpisodes episodes = new InMemoryMissingEpisodes();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected MissingEpisodes episodes() {
        return episodes;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** The in-memory episodes name a child without holding it (no foreign key): it is only made. */
    @Override
    protected ChildId aChild() {
        return ChildId.newId();
    }
}

package org.cypf.familysupport.earlyhelp.adapter.out.memory;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.familysupport.earlyhelp.port.EarlyHelpEpisodeRecords;
import org.cypf.familysupport.earlyhelp.port.EarlyHelpEpisodeRecordsContract;
import org.cypf.kernel.identity.ChildId;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory early help episodes pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryEarlyHelpEpisodesContractTest extends EarlyHelpEpisodeRecordsContract {
    private final InMemoryEarlyHelpEpisodes episodes = new InMemoryEarlyHelpEpisodes();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected EarlyHelpEpisodeRecords episodes() {
        return episodes;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** The in-memory episodes name a request without holding it (no foreign key): only its id is made. */
    @Override
    protected UUID aRequestFor(ChildId child, LocalDate on) {
        return UUID.randomUUID();
    }
}

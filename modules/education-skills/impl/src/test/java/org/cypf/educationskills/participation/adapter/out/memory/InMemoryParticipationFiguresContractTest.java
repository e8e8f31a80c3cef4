package org.cypf.educationskills.participation.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.educationskills.participation.port.ActivityRecords;
import org.cypf.educationskills.participation.port.ParticipationFigures;
import org.cypf.educationskills.participation.port.ParticipationFiguresContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory participation figures pass the figures' suite (ADR 0097) over the in-memory activities. */
class InMemoryParticipationFiguresContractTest extends ParticipationFiguresContract {
    private final InMemoryActivityRecords records = new InMemoryActivityRecords();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected ActivityRecords records() {
        return records;
    }

    @Override
    protected ParticipationFigures figures() {
        return new InMemoryParticipationFigures(records);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}

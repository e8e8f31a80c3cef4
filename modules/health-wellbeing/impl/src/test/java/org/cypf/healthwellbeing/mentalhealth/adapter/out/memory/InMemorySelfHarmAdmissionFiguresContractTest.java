package org.cypf.healthwellbeing.mentalhealth.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.healthwellbeing.mentalhealth.port.SelfHarmAdmissionFigures;
import org.cypf.healthwellbeing.mentalhealth.port.SelfHarmAdmissionFiguresContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory self-harm admission figures pass the figures' suite (ADR 0097), as the jOOQ adapter does. */
class InMemorySelfHarmAdmissionFiguresContractTest extends SelfHarmAdmissionFiguresContract {
    private final InMemorySelfHarmAdmissionFigures figures = new InMemorySelfHarmAdmissionFigures();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected SelfHarmAdmissionFigures figures() {
        return figures;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** Each test has a store of its own (JUnit makes this class afresh for each): it holds nothing yet. */
    @Override
    protected void holdNothing() {}
}

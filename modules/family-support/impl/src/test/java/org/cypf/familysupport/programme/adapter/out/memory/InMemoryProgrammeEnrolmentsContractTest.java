package org.cypf.familysupport.programme.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.familysupport.programme.port.ProgrammeEnrolments;
import org.cypf.familysupport.programme.port.ProgrammeEnrolmentsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory programme enrolments pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryProgrammeEnrolmentsContractTest extends ProgrammeEnrolmentsContract {
    private final InMemoryProgrammeEnrolments enrolments = new InMemoryProgrammeEnrolments();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected ProgrammeEnrolments enrolments() {
        return enrolments;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}

package org.cypf.educationskills.settings.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.educationskills.settings.port.SettingsHeld;
import org.cypf.educationskills.settings.port.SettingsHeldContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory settings pass the store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemorySettingsHeldContractTest extends SettingsHeldContract {
    private final InMemorySettingsHeld settings = new InMemorySettingsHeld();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected SettingsHeld settings() {
        return settings;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}

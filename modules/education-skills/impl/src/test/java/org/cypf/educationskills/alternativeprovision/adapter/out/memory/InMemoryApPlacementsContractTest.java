package org.cypf.educationskills.alternativeprovision.adapter.out.memory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.cypf.educationskills.alternativeprovision.port.ApPlacements;
import org.cypf.educationskills.alternativeprovision.port.ApPlacementsContract;
import org.cypf.educationskills.shared.adapter.out.memory.InMemoryPupils;
import org.cypf.educationskills.shared.port.Pupils;
import org.cypf.educationskills.virtualschool.domain.VirtualSchoolRegistration;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory placements pass the store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryApPlacementsContractTest extends ApPlacementsContract {
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryPupils pupils = new InMemoryPupils();
    /** The roll's registrations: the suite only puts them, so a list is the whole of it here. */
    private final List<VirtualSchoolRegistration> roll = new CopyOnWriteArrayList<>();
    private final InMemoryApPlacements placements = new InMemoryApPlacements(pupils,
            child -> roll.stream().filter(r -> r.childId().equals(child)).toList());

    @Override
    protected ApPlacements placements() {
        return placements;
    }

    @Override
    protected Pupils pupils() {
        return pupils;
    }

    @Override
    protected void onRoll(VirtualSchoolRegistration registration) {
        roll.add(registration);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}

package org.cypf.familysupport.familyhub.adapter.out.memory;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.familysupport.familyhub.domain.FamilyHub;
import org.cypf.familysupport.familyhub.port.FamilyHubRegister;
import org.cypf.familysupport.familyhub.port.FamilyHubRegisterContract;
import org.cypf.kernel.place.Postcode;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory Family Hub register passes the register's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryFamilyHubRegisterContractTest extends FamilyHubRegisterContract {
    private final InMemoryFamilyHubRegister register = new InMemoryFamilyHubRegister();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected FamilyHubRegister register() {
        return register;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    @Override
    protected FamilyHub aHub(String name, String locality) {
        FamilyHub hub = new FamilyHub(UUID.randomUUID(), name, Postcode.parse("ST4 1AA"), locality,
                LocalDate.of(2024, 9, 2), 0);
        unitOfWork.inTransaction(() -> {
            register.register(hub);
            return null;
        });
        return hub;
    }
}

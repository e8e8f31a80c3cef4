package org.cypf.socialcare.frontdoor.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.frontdoor.port.Contacts;
import org.cypf.socialcare.frontdoor.port.UndecidedContacts;
import org.cypf.socialcare.frontdoor.port.UndecidedContactsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory front door queue passes the work queue's suite (ADR 0097), as the jOOQ reading does. */
class InMemoryUndecidedContactsContractTest extends UndecidedContactsContract {
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryUndecidedContacts queue = new InMemoryUndecidedContacts(contacts);
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected Contacts contacts() {
        return contacts;
    }

    @Override
    protected UndecidedContacts queue() {
        return queue;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** The in-memory contacts name a child without holding it (no foreign key): it is only made. */
    @Override
    protected ChildId aChild() {
        return ChildId.newId();
    }
}

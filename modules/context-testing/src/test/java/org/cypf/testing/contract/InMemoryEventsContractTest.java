package org.cypf.testing.contract;

import java.util.UUID;
import java.util.function.BiConsumer;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.testing.context.InMemoryEvents;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory outbox, dispatcher and inboxes pass the events' contract suite (ADR 0097), as the PostgreSQL ones do. */
class InMemoryEventsContractTest extends EventOutboxContract {
    private final InMemoryEvents events = new InMemoryEvents();
    private final InMemoryUnitOfWork publishers = new InMemoryUnitOfWork();

    @Override
    protected IntegrationEvents publisher() {
        return events.publisher("contract");
    }

    @Override
    protected void inPublishersUnitOfWork(Runnable work) {
        publishers.run(work);
    }

    @Override
    protected void subscribe(String subscriberId, BiConsumer<SomethingHappened, UUID> handler) {
        events.subscriber(subscriberId).on(SomethingHappened.class, (event, meta) -> handler.accept(event, meta.eventId()));
    }

    @Override
    protected Dispatcher newDispatcher() {
        return events.dispatcher()::dispatchOnce;
    }

    @Override
    protected void redeliverEverything() {
        events.redeliverEverything();
    }
}

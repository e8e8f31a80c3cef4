package org.cypf.kernel.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.kernel.transaction.UnitOfWork;
import org.junit.jupiter.api.Test;

class RecordChangesTest {

    /** A plan that can be renamed; renaming raises Renamed. */
    record Plan(String id, String name, long version) implements Versioned {
        Changed<Plan> rename(String newName) {
            return Changed.to(new Plan(id, newName, version + 1), new Renamed(id, newName));
        }
    }

    record Renamed(String planId, String name) implements DomainEvent {}

    record PlanRenamed(String aggregateId, String name) implements IntegrationEvent {}

    /** Commits the store and the outbox together, or neither: enough of a transaction to see partial writes. */
    final class Store implements UnitOfWork, IntegrationEvents {
        final Map<String, Plan> plans = new HashMap<>();
        final List<IntegrationEvent> outbox = new ArrayList<>();

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            var plansBefore = new HashMap<>(plans);
            var outboxBefore = new ArrayList<>(outbox);
            try {
                return work.get();
            } catch (RuntimeException e) {
                plans.clear();
                plans.putAll(plansBefore);
                outbox.clear();
                outbox.addAll(outboxBefore);
                throw e;
            }
        }

        @Override
        public void publish(IntegrationEvent event) {
            outbox.add(event);
        }
    }

    final Store store = new Store();
    final RecordChanges<String, Plan> changes = new RecordChanges<>(store, store, "the plan",
            id -> Optional.ofNullable(store.plans.get(id)),
            plan -> store.plans.put(plan.id(), plan),
            (plan, expected) -> {
                if (store.plans.get(plan.id()).version() != expected) {
                    throw new StaleVersion("the plan", expected);
                }
                store.plans.put(plan.id(), plan);
            },
            event -> event instanceof Renamed r ? List.of(new PlanRenamed(r.planId(), r.name())) : List.of());

    @Test
    void aChangeIsStoredAtTheNextVersionAndItsEventsPublished() {
        store.plans.put("p1", new Plan("p1", "first", 3));

        String view = changes.change("p1", 3, plan -> { }, plan -> plan.rename("second"), p -> p.name() + "@" + p.version());

        assertEquals("second@4", view);
        assertEquals(new Plan("p1", "second", 4), store.plans.get("p1"));
        assertEquals(List.of(new PlanRenamed("p1", "second")), store.outbox);
    }

    @Test
    void aStaleVersionChangesNothingAndPublishesNothing() {
        store.plans.put("p1", new Plan("p1", "first", 3));

        assertThrows(StaleVersion.class, () -> changes.change("p1", 2, plan -> { }, plan -> plan.rename("x"), p -> p));

        assertEquals(new Plan("p1", "first", 3), store.plans.get("p1"));
        assertTrue(store.outbox.isEmpty());
    }

    @Test
    void aRefusedCallerIsRefusedBeforeTheVersionIsCompared() {
        store.plans.put("p1", new Plan("p1", "first", 3));
        List<String> steps = new ArrayList<>();

        assertThrows(AccessDenied.class, () -> changes.change("p1", 99, plan -> {
            steps.add("authorise");
            throw new AccessDenied("not involved");
        }, plan -> {
            steps.add("apply");
            return plan.rename("x");
        }, p -> p));

        assertEquals(List.of("authorise"), steps);
        assertEquals(new Plan("p1", "first", 3), store.plans.get("p1"));
    }

    @Test
    void anUnknownRecordIsNotFoundInTheCallersWords() {
        NotFound notFound = assertThrows(NotFound.class, () -> changes.read("nope", plan -> { }, p -> p));
        assertEquals("no plan with this id", notFound.getMessage());
    }

    @Test
    void aChangeThatDoesNotMoveTheVersionByOneIsAProgrammingError() {
        store.plans.put("p1", new Plan("p1", "first", 3));

        assertThrows(IllegalStateException.class, () -> changes.change("p1", 3, plan -> { },
                plan -> Changed.to(new Plan("p1", "same", 3)), p -> p));

        assertEquals("first", store.plans.get("p1").name());
    }

    @Test
    void aCreatedRecordIsStoredAndItsEventsPublishedTogether() {
        Plan created = changes.create(() -> Changed.to(new Plan("p2", "new", 0), new Renamed("p2", "new")), p -> p);

        assertEquals(created, store.plans.get("p2"));
        assertEquals(List.of(new PlanRenamed("p2", "new")), store.outbox);
    }

    @Test
    void aReadStoresNothing() {
        store.plans.put("p1", new Plan("p1", "first", 3));

        assertEquals("first", changes.read("p1", plan -> { }, Plan::name));
        assertTrue(store.outbox.isEmpty());
    }
}

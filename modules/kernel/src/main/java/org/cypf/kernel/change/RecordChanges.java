package org.cypf.kernel.change;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * The one template for creating, reading and changing a record of one kind, so every use case does the steps in the
 * same order inside one unit of work: load → authorise → check the version → apply → store → publish → view.
 * A service builds one per aggregate kind from its ports and names only what differs: who may, what changes, and
 * what the caller sees.
 *
 * <p>Authorising comes before the version check, so a caller who may not see the record learns nothing of its
 * state; the access port's refusal is thrown from {@code authorise}. When the id names no record and
 * {@code authorise} is a {@link Guard}, it is asked ({@link Guard#missing()}) before the absence is told, so a caller
 * who would be refused an existing record is refused alike for a missing one, and only one who could have seen it
 * learns {@link NotFound} (ADR 0033).
 *
 * @param <K> the record's identifier
 * @param <A> the aggregate
 */
public final class RecordChanges<K, A extends Versioned> {

    /** Stores a changed aggregate if, and only if, the stored one is still at {@code expectedVersion}. */
    @FunctionalInterface
    public interface Update<A> {
        /** @throws StaleVersion when another change was stored first */
        void update(A after, long expectedVersion);
    }

    /**
     * An authorisation that can also be asked when there is no record: {@link #accept} authorises the record found;
     * {@link #missing} decides, for the same caller and intent, before the template says that the id names none, and
     * throws the same refusal an existing record would get.
     */
    public interface Guard<A> extends Consumer<A> {
        void missing();

        /** {@code found} for a record that exists, {@code missing} before saying that it does not. */
        static <A> Guard<A> of(Consumer<A> found, Runnable missing) {
            Objects.requireNonNull(found, "found");
            Objects.requireNonNull(missing, "missing");
            return new Guard<>() {
                @Override
                public void accept(A record) {
                    found.accept(record);
                }

                @Override
                public void missing() {
                    missing.run();
                }
            };
        }
    }

    private final UnitOfWork unitOfWork;
    private final IntegrationEvents events;
    private final String what;
    private final Function<K, Optional<A>> find;
    private final Consumer<A> add;
    private final Update<A> update;
    private final Function<DomainEvent, List<IntegrationEvent>> publishedAs;

    /**
     * @param what        the record in the caller's words, for problems: "the period of care"
     * @param publishedAs the integration events a domain event is published as (none when it stays inside)
     */
    public RecordChanges(UnitOfWork unitOfWork, IntegrationEvents events, String what, Function<K, Optional<A>> find,
                         Consumer<A> add, Update<A> update, Function<DomainEvent, List<IntegrationEvent>> publishedAs) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.events = Objects.requireNonNull(events);
        this.what = Objects.requireNonNull(what);
        this.find = Objects.requireNonNull(find);
        this.add = Objects.requireNonNull(add);
        this.update = Objects.requireNonNull(update);
        this.publishedAs = Objects.requireNonNull(publishedAs);
    }

    /**
     * Creates a record: {@code create} authorises and builds it (it knows the child only once it has looked), then it
     * is stored and its events published.
     */
    public <V> V create(Supplier<Changed<A>> create, Function<A, V> view) {
        return unitOfWork.inTransaction(() -> {
            Changed<A> created = create.get();
            add.accept(created.after());
            publish(created.events());
            return view.apply(created.after());
        });
    }

    /** Reads one record for a caller who may see it. */
    public <V> V read(K id, Consumer<A> authorise, Function<A, V> view) {
        return unitOfWork.inTransaction(() -> {
            A record = load(id, authorise);
            authorise.accept(record);
            return view.apply(record);
        });
    }

    /** Changes one record that the caller last read at {@code expectedVersion}. */
    public <V> V change(K id, long expectedVersion, Consumer<A> authorise, Function<A, Changed<A>> apply,
                        Function<A, V> view) {
        return unitOfWork.inTransaction(() -> {
            A record = load(id, authorise);
            authorise.accept(record);
            if (record.version() != expectedVersion) {
                throw new StaleVersion(what, expectedVersion);
            }
            Changed<A> changed = apply.apply(record);
            if (changed.after().version() != expectedVersion + 1) {
                throw new IllegalStateException(what + ": a change must move the version from " + expectedVersion
                        + " to " + (expectedVersion + 1) + ", not to " + changed.after().version());
            }
            update.update(changed.after(), expectedVersion);
            publish(changed.events());
            return view.apply(changed.after());
        });
    }

    private A load(K id, Consumer<A> authorise) {
        Optional<A> found = find.apply(id);
        if (found.isEmpty()) {
            if (authorise instanceof Guard<A> guard) {
                guard.missing(); // refused alike whether or not the record exists
            }
            throw new NotFound("no " + noun() + " with this id");
        }
        return found.get();
    }

    private String noun() {
        return what.startsWith("the ") ? what.substring(4) : what;
    }

    private void publish(List<DomainEvent> raised) {
        for (DomainEvent event : raised) {
            publishedAs.apply(event).forEach(events::publish);
        }
    }
}

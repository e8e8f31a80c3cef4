package org.cypf.kernel.change;

import java.util.List;
import java.util.Objects;

/**
 * What one change made of an aggregate: the aggregate after it, already at its next version, and the events the change
 * raised. Aggregates return this from their change methods, so no service computes a version or picks an event.
 */
public record Changed<A extends Versioned>(A after, List<DomainEvent> events) {

    public Changed {
        Objects.requireNonNull(after, "after");
        events = List.copyOf(events);
    }

    public static <A extends Versioned> Changed<A> to(A after, DomainEvent... events) {
        return new Changed<>(after, List.of(events));
    }
}

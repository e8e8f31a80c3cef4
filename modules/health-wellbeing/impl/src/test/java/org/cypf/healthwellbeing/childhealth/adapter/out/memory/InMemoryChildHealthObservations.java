package org.cypf.healthwellbeing.childhealth.adapter.out.memory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cypf.healthwellbeing.childhealth.domain.ChildHealthObservation;
import org.cypf.healthwellbeing.childhealth.domain.ObservationKind;
import org.cypf.healthwellbeing.childhealth.port.ChildHealthObservations;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Child health observations in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code ChildHealthObservationsContract} as the jOOQ adapter does: rows keyed by NHS number, kind, day and code,
 * added in the caller's {@link InMemoryUnitOfWork} and kept when it commits. A unit of work that adds holds the
 * store's lock to its end, so two imports of one file at once add each row once (the database does it with the
 * key's index; one lock is coarser, and enough for tests).
 */
public final class InMemoryChildHealthObservations implements ChildHealthObservations {
    private record Key(String nhsNumber, ObservationKind kind, LocalDate on, String code) {
        static Key of(ChildHealthObservation o) {
            return new Key(o.nhsNumber().value(), o.kind(), o.observedOn(), o.code());
        }
    }

    /** One lock for every add: coarser than the key's index, and no two imports can wait on each other's rows. */
    private static final String ADDING = "adding";

    private final InMemoryRows<Key, ChildHealthObservation> rows = new InMemoryRows<>();

    private Stream<ChildHealthObservation> visible() {
        return rows.where(o -> true).stream();
    }

    @Override
    public int addAll(List<ChildHealthObservation> observations) {
        rows.lock(ADDING);
        int added = 0;
        for (ChildHealthObservation o : observations) {
            Key key = Key.of(o);
            if (rows.find(key).isEmpty()) {
                rows.put(key, o);
                added++;
            }
        }
        return added;
    }

    private Stream<ChildHealthObservation> of(ObservationKind kind, String code, LocalDate from, LocalDate to) {
        return visible().filter(o -> o.kind() == kind && !o.observedOn().isBefore(from) && !o.observedOn().isAfter(to)
                && (code == null || code.equals(o.code())));
    }

    @Override
    public long count(ObservationKind kind, String code, LocalDate from, LocalDate to) {
        return of(kind, code, from, to).count();
    }

    @Override
    public long countAmount(ObservationKind kind, String code, LocalDate from, LocalDate to, BigDecimal min,
                            BigDecimal max) {
        return of(kind, code, from, to).filter(o -> o.amount() != null
                && (min == null || o.amount().compareTo(min) >= 0) && (max == null || o.amount().compareTo(max) < 0))
                .count();
    }

    @Override
    public long countCodes(ObservationKind kind, List<String> codes, LocalDate from, LocalDate to) {
        return of(kind, null, from, to).filter(o -> codes.contains(o.code())).count();
    }

    @Override
    public ByFive mmr2ByFive(LocalDate from, LocalDate to) {
        // A child's fifth birthday from their latest recorded date of birth, as the SQL takes the max.
        Map<String, LocalDate> fifth = visible().collect(Collectors.toMap(o -> o.nhsNumber().value(),
                o -> o.dateOfBirth().plusYears(5), (a, b) -> a.isAfter(b) ? a : b));
        Set<String> turning = fifth.entrySet().stream()
                .filter(e -> !e.getValue().isBefore(from) && !e.getValue().isAfter(to)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        long immunised = visible().filter(o -> o.kind() == ObservationKind.IMMUNISATION && "MMR2".equals(o.code())
                        && turning.contains(o.nhsNumber().value())
                        && !o.observedOn().isAfter(o.dateOfBirth().plusYears(5)))
                .map(o -> o.nhsNumber().value()).distinct().count();
        return new ByFive(turning.size(), immunised);
    }
}

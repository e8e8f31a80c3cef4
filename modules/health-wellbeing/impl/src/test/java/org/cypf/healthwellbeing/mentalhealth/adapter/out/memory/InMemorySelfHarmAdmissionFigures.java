package org.cypf.healthwellbeing.mentalhealth.adapter.out.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cypf.healthwellbeing.mentalhealth.domain.AgeBand;
import org.cypf.healthwellbeing.mentalhealth.domain.SelfHarmAdmissions;
import org.cypf.healthwellbeing.mentalhealth.port.SelfHarmAdmissionFigures;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * The area's self-harm admission figures in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code SelfHarmAdmissionFiguresContract} as the jOOQ adapter does: one figure a year and band, a store replacing
 * it, kept only when the caller's {@link InMemoryUnitOfWork} commits. A store holds the year and band's lock to the
 * end of its unit of work, as the primary key's row does, so it counts what the other had committed.
 */
public final class InMemorySelfHarmAdmissionFigures implements SelfHarmAdmissionFigures {
    private record Key(LocalDate yearStarting, AgeBand band) {}

    private final InMemoryRows<Key, SelfHarmAdmissions> rows = new InMemoryRows<>();

    @Override
    public Stored store(List<SelfHarmAdmissions> figures) {
        int added = 0;
        int replaced = 0;
        for (SelfHarmAdmissions f : figures) {
            Key key = new Key(f.yearStarting(), f.band());
            rows.lock(key);
            if (rows.find(key).isPresent()) {
                replaced++;
            } else {
                added++;
            }
            rows.put(key, f);
        }
        return new Stored(added, replaced);
    }

    /** The first area in order, as the SQL reads it (every figure held is of one area). */
    @Override
    public Optional<String> areaHeld() {
        return rows.where(Objects::nonNull).stream().map(SelfHarmAdmissions::areaCode).min(Comparator.naturalOrder());
    }

    /** In band order, as the SQL orders the bands' labels (10-14, 15-19, 20-24: the enum's order too). */
    @Override
    public List<SelfHarmAdmissions> ofYear(LocalDate yearStarting) {
        return rows.where(f -> f.yearStarting().equals(yearStarting)).stream()
                .sorted(Comparator.comparing(f -> f.band().label())).toList();
    }
}

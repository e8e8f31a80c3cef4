package org.cypf.governance.scorecard.adapter.out.memory;

import java.util.Comparator;
import java.util.List;
import org.cypf.governance.scorecard.domain.Measure;
import org.cypf.governance.scorecard.port.MeasureCatalogue;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * The strategic measures in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code MeasureCatalogueContract} as the jOOQ adapter does. The catalogue itself writes nothing (measures are
 * shipped by migrations and edited by administrators): a test holds its measures with {@link #hold}.
 */
public final class InMemoryMeasureCatalogue implements MeasureCatalogue {
    private final InMemoryRows<String, Measure> rows = new InMemoryRows<>();

    /** Holds {@code measures}, as an administrator's insert would. */
    public InMemoryMeasureCatalogue hold(List<Measure> measures) {
        new InMemoryUnitOfWork().run(() -> measures.forEach(m -> rows.put(m.id(), m)));
        return this;
    }

    @Override
    public List<Measure> all() {
        return rows.where(m -> true).stream().sorted(Comparator.comparing(Measure::id)).toList();
    }
}

package org.cypf.testing.context;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.measure.Provenance;
import org.cypf.kernel.measure.MeasureComputations;

/**
 * A context's measure source held in memory, for fast tests of what governance does with measures (ADR 0097); test
 * code only. It computes as every context does, through the kernel's {@link MeasureComputations} (so rounding, 0 of
 * 0 and an unknown key are the same), over facts a test records: each a measure key, a date, and whether it met
 * the measure's condition. It passes {@code MeasureSourceContract}.
 */
public final class InMemoryMeasureSource extends MeasureComputations<MeasureValue> implements MeasureSource {
    private record Fact(String key, LocalDate on, boolean met) {}

    private final String context;
    private final Clock clock;
    private final List<Fact> facts = new CopyOnWriteArrayList<>();

    /** @param context the context named in the values' provenance, e.g. {@code family-support} */
    public InMemoryMeasureSource(String context, Clock clock) {
        super(context + " (in memory)");
        this.context = context;
        this.clock = clock;
    }

    /** Defines {@code key} as the count of its facts on or before the date. */
    public InMemoryMeasureSource count(String key, String definition) {
        define(key, asAt -> count(key, asAt, counted(key, asAt, false), definition));
        return this;
    }

    /** Defines {@code key} as the percentage of its facts on or before the date that met the condition. */
    public InMemoryMeasureSource percentage(String key, String definition) {
        define(key, asAt -> percentage(key, asAt, counted(key, asAt, true), counted(key, asAt, false), definition));
        return this;
    }

    /** Records a fact counted by {@code key} on {@code on}; {@code met} says whether a percentage's condition held. */
    public void record(String key, LocalDate on, boolean met) {
        facts.add(new Fact(key, on, met));
    }

    private long counted(String key, LocalDate asAt, boolean onlyMet) {
        return facts.stream().filter(f -> f.key().equals(key) && !f.on().isAfter(asAt) && (!onlyMet || f.met())).count();
    }

    @Override
    protected MeasureValue value(String key, LocalDate asAt, BigDecimal value, Long numerator, Long denominator,
                                 String definition) {
        return new MeasureValue(key, asAt, value, numerator, denominator,
                new Provenance(context, definition, clock.instant()));
    }
}

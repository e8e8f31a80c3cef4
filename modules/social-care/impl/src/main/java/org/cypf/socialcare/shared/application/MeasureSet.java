package org.cypf.socialcare.shared.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.kernel.problem.NotFound;

/**
 * A capability's measures for governance as named computations, so each says only what it computes: the keys it
 * offers are those it defines, and any other key is {@link NotFound}, naming who was asked. Aggregates only: no
 * child's record is read out, so no access is audited.
 */
public abstract class MeasureSet implements MeasureSource {
    private final String who;
    private final Map<String, Function<LocalDate, MeasureValue>> computations = new LinkedHashMap<>();

    /** @param who who computes the measures, for the problem an unknown key gives: "the front door" */
    protected MeasureSet(String who) {
        this.who = who;
    }

    /** Defines the measure {@code key} as {@code computation} of the date it is wanted at. */
    protected final void define(String key, Function<LocalDate, MeasureValue> computation) {
        computations.put(key, computation);
    }

    @Override
    public final Set<String> measureKeys() {
        return Set.copyOf(computations.keySet());
    }

    @Override
    public final MeasureValue compute(String measureKey, LocalDate asAt) {
        Function<LocalDate, MeasureValue> computation = computations.get(measureKey);
        if (computation == null) {
            throw new NotFound(who + " computes no measure " + measureKey);
        }
        return computation.apply(asAt);
    }
}

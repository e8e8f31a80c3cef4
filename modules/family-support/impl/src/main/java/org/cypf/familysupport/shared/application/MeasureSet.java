package org.cypf.familysupport.shared.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.measure.Provenance;
import org.cypf.kernel.problem.NotFound;

/**
 * A capability's measures for governance as named computations, so each says only what it computes: the keys it
 * offers are those it defines, and any other key is {@link NotFound}, naming who was asked. Aggregates only: no
 * child's record is read out, so no access is audited.
 *
 * <p>How family support gives a measure, once: percentages and means rounded half up to one decimal place with their
 * numerator and denominator (0 of 0 gives 0), counts without, rates per 10,000 children, and "the 12 months to the
 * date" as the day a year before the date excluded and the date included. Each value's provenance names family support,
 * the definition and when it was computed.
 */
public abstract class MeasureSet implements MeasureSource {
    /** Family support as the source named in a measure's provenance. */
    public static final String SOURCE = "family-support";

    private final String who;
    private final Clock clock;
    private final Map<String, Function<LocalDate, MeasureValue>> computations = new LinkedHashMap<>();

    /** @param who who computes the measures, for the problem an unknown key gives: "early help" */
    protected MeasureSet(String who, Clock clock) {
        this.who = who;
        this.clock = clock;
    }

    /** The first day of the 12 months to {@code asAt}. */
    public static LocalDate yearTo(LocalDate asAt) {
        return asAt.minusYears(1).plusDays(1);
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

    protected final MeasureValue percentage(String key, LocalDate asAt, long numerator, long denominator,
                                            String definition) {
        return new MeasureValue(key, asAt, oneDecimal(numerator * 100L, denominator), numerator, denominator,
                provenance(definition));
    }

    protected final MeasureValue count(String key, LocalDate asAt, long count, String definition) {
        return new MeasureValue(key, asAt, BigDecimal.valueOf(count), null, null, provenance(definition));
    }

    /** A mean with the total as numerator and the number of cases as denominator. */
    protected final MeasureValue mean(String key, LocalDate asAt, long total, long cases, String definition) {
        return new MeasureValue(key, asAt, oneDecimal(total, cases), total, cases, provenance(definition));
    }

    /** Children counted per 10,000 of the {@code population}, with the count as numerator. */
    protected final MeasureValue ratePer10000(String key, LocalDate asAt, long count, long population,
                                              String definition) {
        return new MeasureValue(key, asAt, oneDecimal(count * 10_000L, population), count, population,
                provenance(definition));
    }

    private static BigDecimal oneDecimal(long dividend, long divisor) {
        return divisor == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 1, RoundingMode.HALF_UP);
    }

    private Provenance provenance(String definition) {
        return new Provenance(SOURCE, definition, clock.instant());
    }
}

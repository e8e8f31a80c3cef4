package org.cypf.kernel.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cypf.kernel.problem.NotFound;

/**
 * A capability's measures as named computations, so each says only what it computes: the keys it offers are those
 * it defines, and any other key is {@link NotFound}, naming who was asked. The one home of how CYPF gives a measure
 * (ADR 0054): percentages and means rounded half up to one decimal place with their numerator and denominator (0 of
 * 0 gives 0.0 over a denominator of 0, which governance shows as no value: nothing to count), counts without, rates per 10,000 children and per 100,000 people, and "the 12 months to the date"
 * as the day a year before the date excluded and the date included.
 *
 * <p>Plain Java, generic in the value it makes: a context's subclass says how a value is made ({@link #value}),
 * with its own provenance, and implements governance's measure-source port with the methods here.
 *
 * @param <V> the value a computation gives
 */
public abstract class MeasureComputations<V> {
    private final String who;
    private final Map<String, Function<LocalDate, V>> computations = new LinkedHashMap<>();

    /** @param who who computes the measures, for the problem an unknown key gives: "children in care health" */
    protected MeasureComputations(String who) {
        this.who = who;
    }

    /** The first day of the 12 months to {@code asAt}. */
    public static LocalDate yearTo(LocalDate asAt) {
        return asAt.minusYears(1).plusDays(1);
    }

    /** {@code dividend / divisor} rounded half up to one decimal place; 0.0 when the divisor is 0. */
    public static BigDecimal oneDecimal(long dividend, long divisor) {
        return divisor == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 1, RoundingMode.HALF_UP);
    }

    /** Makes a value: the context's own type, with its provenance naming {@code definition}. */
    protected abstract V value(String key, LocalDate asAt, BigDecimal value, Long numerator, Long denominator,
                               String definition);

    /** Defines the measure {@code key} as {@code computation} of the date it is wanted at. */
    protected final void define(String key, Function<LocalDate, V> computation) {
        computations.put(key, computation);
    }

    public final Set<String> measureKeys() {
        return Set.copyOf(computations.keySet());
    }

    public final V compute(String measureKey, LocalDate asAt) {
        Function<LocalDate, V> computation = computations.get(measureKey);
        if (computation == null) {
            throw new NotFound(who + " computes no measure " + measureKey);
        }
        return computation.apply(asAt);
    }

    protected final V percentage(String key, LocalDate asAt, long numerator, long denominator, String definition) {
        return value(key, asAt, oneDecimal(numerator * 100L, denominator), numerator, denominator, definition);
    }

    protected final V count(String key, LocalDate asAt, long count, String definition) {
        return value(key, asAt, BigDecimal.valueOf(count), null, null, definition);
    }

    /** A mean with the total as numerator and the number of cases as denominator. */
    protected final V mean(String key, LocalDate asAt, long total, long cases, String definition) {
        return value(key, asAt, oneDecimal(total, cases), total, cases, definition);
    }

    /** Children counted per 10,000 of the {@code population}, with the count as numerator. */
    protected final V ratePer10000(String key, LocalDate asAt, long count, long population, String definition) {
        return value(key, asAt, oneDecimal(count * 10_000L, population), count, population, definition);
    }

    /** Counted per 100,000 of the {@code population} (public health's rates, as Fingertips gives them). */
    protected final V ratePer100000(String key, LocalDate asAt, long count, long population, String definition) {
        return value(key, asAt, oneDecimal(count * 100_000L, population), count, population, definition);
    }
}

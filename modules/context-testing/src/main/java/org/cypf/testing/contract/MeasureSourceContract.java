package org.cypf.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.kernel.problem.NotFound;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of governance's {@link MeasureSource} port must do (ADR 0097): each context's measure
 * sets, computed in SQL on PostgreSQL, pass it, and so does {@code InMemoryMeasureSource}; a partner who computes a
 * measure elsewhere (a data warehouse) runs the same suite.
 *
 * <p>The promises: keys are named in the source's context ({@code <context>.<measure>}); a value names its key, its
 * date and its provenance (the context, the definition in words, when it was computed); a count carries no
 * numerator or denominator, a ratio carries both and its value is the numerator over the denominator at its scale
 * (per cent, per 10,000, per 100,000, or a mean), rounded half up to one decimal place or to two (the DfE publishes
 * exclusion rates to two), 0 of 0 giving 0; no count or ratio is negative; a mean, a difference or a standardised
 * rate the source names in {@link #meansAndDifferences()} carries at most two decimal places; a key the source does not compute is {@link NotFound}, naming the key; computing is a reading (the same
 * answer twice, nothing changed) and answers alike from several threads; a fact recorded moves the measure it counts.
 */
public abstract class MeasureSourceContract {

    /** The source under test, over a store the suite may add one fact to through {@link #recordOneFact()}. */
    protected abstract MeasureSource source();

    /** The context the source's provenance names, e.g. {@code family-support}. */
    protected abstract String context();

    /** The date the suite computes at. */
    protected LocalDate asAt() {
        return LocalDate.of(2025, 3, 31);
    }

    /** The measure {@link #recordOneFact()} moves: a count it adds one to, or a ratio whose numerator and denominator it adds one to. */
    protected abstract String keyMovedByOneFact();

    /** Records, in the source's store, one fact counted by {@link #keyMovedByOneFact()} on {@link #asAt()}. */
    protected abstract void recordOneFact();

    /**
     * Keys whose values are neither a count nor a numerator over a denominator: means of scores (Attainment 8,
     * Progress 8), differences between groups (disadvantaged gaps) and directly standardised rates. Such a value may be
     * negative (Progress 8 below the national average; a gap in disadvantaged pupils' favour), has at most two decimal
     * places, and its parts, when it has any, are not negative (a mean's denominator is how many cases it is over; a
     * standardised rate's are the admissions and population it was standardised from). None unless the source says so.
     */
    protected Set<String> meansAndDifferences() {
        return Set.of();
    }

    private Map<String, MeasureValue> computeAll() {
        Map<String, MeasureValue> values = new TreeMap<>();
        for (String key : source().measureKeys()) {
            values.put(key, source().compute(key, asAt()));
        }
        return values;
    }

    /** A value without its computing time, which is all that may differ between two computations. */
    private record Figure(String key, LocalDate asAt, BigDecimal value, Long numerator, Long denominator,
                          String context, String definition) {
        static Figure of(MeasureValue v) {
            return new Figure(v.measureKey(), v.asAt(), v.value().stripTrailingZeros(), v.numerator(), v.denominator(),
                    v.provenance().context(), v.provenance().definition());
        }
    }

    private static Map<String, Figure> figures(Map<String, MeasureValue> values) {
        Map<String, Figure> figures = new TreeMap<>();
        values.forEach((key, value) -> figures.put(key, Figure.of(value)));
        return figures;
    }

    @Test
    public void its_keys_are_named_in_its_context() {
        assertFalse(source().measureKeys().isEmpty(), "a source computes at least one measure");
        for (String key : source().measureKeys()) {
            assertTrue(key.startsWith(context() + ".") && key.length() > context().length() + 1, key);
        }
        assertTrue(source().measureKeys().contains(keyMovedByOneFact()));
    }

    @Test
    public void each_value_names_its_key_date_and_provenance() {
        computeAll().forEach((key, value) -> {
            assertEquals(key, value.measureKey());
            assertEquals(asAt(), value.asAt(), key);
            assertEquals(context(), value.provenance().context(), key);
            assertFalse(value.provenance().definition() == null || value.provenance().definition().isBlank(),
                    key + " says what definition it follows");
            assertNotNull(value.provenance().computedAt(), key);
        });
    }

    @Test
    public void a_count_has_no_parts_and_a_ratio_is_its_numerator_over_its_denominator() {
        recordOneFact();
        computeAll().forEach((key, value) -> {
            if (meansAndDifferences().contains(key)) {
                assertTrue(value.value().stripTrailingZeros().scale() <= 2, key + " = " + value.value()
                        + " has at most two decimal places");
                assertTrue((value.numerator() == null || value.numerator() >= 0)
                        && (value.denominator() == null || value.denominator() >= 0), key + "'s parts are not negative");
                return;
            }
            assertTrue(value.value().signum() >= 0, key + " is not negative");
            assertEquals(value.numerator() == null, value.denominator() == null, key + ": both parts or neither");
            if (value.numerator() == null) {
                return;
            }
            assertTrue(value.numerator() >= 0 && value.denominator() >= 0, key + "'s parts are not negative");
            if (value.denominator() == 0) {
                assertEquals(0, value.value().signum(), key + ": 0 of 0 gives 0");
                return;
            }
            boolean atSomeScale = false;
            for (long scale : new long[] {1, 100, 10_000, 100_000}) {
                for (int places = 1; places <= 2; places++) {
                    BigDecimal exact = BigDecimal.valueOf(value.numerator() * scale)
                            .divide(BigDecimal.valueOf(value.denominator()), places, java.math.RoundingMode.HALF_UP);
                    atSomeScale |= exact.compareTo(value.value()) == 0;
                }
            }
            assertTrue(atSomeScale, key + " = " + value.value() + " is not " + value.numerator() + " over "
                    + value.denominator() + " at any scale CYPF gives");
        });
    }

    @Test
    public void a_key_it_does_not_compute_is_not_found_and_named() {
        String unknown = context() + ".no-such-measure";
        NotFound e = assertThrows(NotFound.class, () -> source().compute(unknown, asAt()));
        assertTrue(e.getMessage().contains(unknown), e.getMessage());
    }

    @Test
    public void computing_is_a_reading_that_gives_the_same_answer_twice() {
        recordOneFact();
        Map<String, Figure> first = figures(computeAll());
        Map<String, Figure> second = figures(computeAll());
        assertEquals(first, second);
    }

    @Test
    public void a_fact_recorded_moves_the_measure_that_counts_it() {
        MeasureValue before = source().compute(keyMovedByOneFact(), asAt());
        recordOneFact();
        MeasureValue after = source().compute(keyMovedByOneFact(), asAt());
        if (before.numerator() == null) {
            assertEquals(before.value().add(BigDecimal.ONE).compareTo(after.value()), 0,
                    "the count went up by one: " + before.value() + " then " + after.value());
        } else {
            assertEquals(before.numerator() + 1, after.numerator());
            assertEquals(before.denominator() + 1, after.denominator());
        }
    }

    @Test
    public void several_threads_computing_at_once_get_the_same_answers() throws Exception {
        recordOneFact();
        Map<String, Figure> expected = figures(computeAll());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<String, Figure>>> answers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                answers.add(pool.submit(() -> figures(computeAll())));
            }
            for (Future<Map<String, Figure>> answer : answers) {
                assertEquals(expected, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

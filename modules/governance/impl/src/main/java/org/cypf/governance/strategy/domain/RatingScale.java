package org.cypf.governance.strategy.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A partnership's own rating scale: bands of shortfall against the comparator (a target, or England), best first.
 * A value's shortfall, as a percentage of the comparator's size, falls in the first band whose {@code upToPercent} it
 * does not exceed; the last band takes the rest. Without a scale of its own a strategy uses {@link #FIVE_PERCENT}:
 * GREEN up to 0 % (meets or beats), AMBER up to 5 %, RED beyond.
 */
public record RatingScale(List<Band> bands) {
    public static final RatingScale FIVE_PERCENT = new RatingScale(List.of(
            new Band(null, Rag.GREEN, BigDecimal.ZERO),
            new Band(null, Rag.AMBER, BigDecimal.valueOf(ScorecardRules.AMBER_TOLERANCE_PERCENT)),
            new Band(null, Rag.RED, null)));

    public RatingScale {
        bands = List.copyOf(bands);
        if (bands.isEmpty() || bands.getLast().upToPercent() != null) {
            throw new IllegalArgumentException("a rating scale needs bands, the last one open-ended");
        }
    }

    /** One band: its label as the partnership words it ("On course"), its colour, the largest shortfall it covers. */
    public record Band(String label, Rag rag, BigDecimal upToPercent) {}

    /** The band of a shortfall of {@code shortfall} against {@code comparator}. */
    public Band band(BigDecimal shortfall, BigDecimal comparator) {
        BigDecimal size = comparator.abs();
        for (Band band : bands) {
            if (band.upToPercent() == null) {
                return band;
            }
            if (size.signum() == 0) {
                // a comparator of 0: no percentage can be taken; meeting it is the first band that allows no shortfall
                if (shortfall.signum() <= 0 && band.upToPercent().signum() >= 0) {
                    return band;
                }
                continue;
            }
            BigDecimal allowed = size.multiply(band.upToPercent()).divide(BigDecimal.valueOf(100), 10, RoundingMode.HALF_UP);
            if (shortfall.compareTo(allowed) <= 0) {
                return band;
            }
        }
        return bands.getLast();
    }
}

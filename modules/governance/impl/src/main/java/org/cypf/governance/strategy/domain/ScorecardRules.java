package org.cypf.governance.strategy.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a scorecard judges a measure (documented for boards in docs/strategies/README.md).
 *
 * <p>RAG against the target in force, or, when there is none, against England's benchmark:
 * GREEN when the value meets it in the better direction; AMBER when it misses by no more than
 * {@value #AMBER_TOLERANCE_PERCENT}% of the comparator; RED otherwise. A measure whose polarity is NEITHER, or that
 * has no value or comparator, is NONE: no colour is better than a wrong one.
 */
public final class ScorecardRules {
    static final int AMBER_TOLERANCE_PERCENT = 5;

    private ScorecardRules() {}

    public static Rag rag(Polarity polarity, BigDecimal value, BigDecimal comparator) {
        if (value == null || comparator == null || polarity == Polarity.NEITHER) {
            return Rag.NONE;
        }
        BigDecimal shortfall = polarity == Polarity.HIGHER_IS_BETTER ? comparator.subtract(value) : value.subtract(comparator);
        if (shortfall.signum() <= 0) {
            return Rag.GREEN;
        }
        BigDecimal tolerance = comparator.abs().multiply(BigDecimal.valueOf(AMBER_TOLERANCE_PERCENT))
                .divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
        return shortfall.compareTo(tolerance) <= 0 ? Rag.AMBER : Rag.RED;
    }

    public static Direction direction(Polarity polarity, MeasureValue previous, MeasureValue latest) {
        if (previous == null || latest == null) {
            return Direction.UNKNOWN;
        }
        int change = latest.value().compareTo(previous.value());
        if (change == 0) {
            return Direction.NO_CHANGE;
        }
        return switch (polarity) {
            case HIGHER_IS_BETTER -> change > 0 ? Direction.IMPROVING : Direction.WORSENING;
            case LOWER_IS_BETTER -> change < 0 ? Direction.IMPROVING : Direction.WORSENING;
            case NEITHER -> change > 0 ? Direction.INCREASING : Direction.DECREASING;
        };
    }

    public static Set<DataQuality> dataQuality(MeasureValue latest, Frequency frequency, LocalDate asAt) {
        Set<DataQuality> flags = EnumSet.noneOf(DataQuality.class);
        if (latest == null) {
            flags.add(DataQuality.MISSING);
            return flags;
        }
        if (frequency != null && frequency.staleAfter() != null && latest.asAt().plus(frequency.staleAfter()).isBefore(asAt)) {
            flags.add(DataQuality.STALE);
        }
        if (latest.provisional()) {
            flags.add(DataQuality.PROVISIONAL);
        }
        return flags;
    }

    /** The strategy year {@code asAt} falls in, counting the year that starts on {@code start} as year 1. */
    public static int strategyYear(LocalDate start, LocalDate asAt) {
        if (asAt.isBefore(start)) {
            return 0;
        }
        return java.time.Period.between(start, asAt).getYears() + 1;
    }

    /** A risk's score (likelihood x impact, each 1-5) rated RED from 15, AMBER from 8, GREEN below. */
    public static Rag riskRating(int likelihood, int impact) {
        int score = likelihood * impact;
        return score >= 15 ? Rag.RED : score >= 8 ? Rag.AMBER : Rag.GREEN;
    }
}

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

    /** No rating: no value, no comparator, or a measure that has no better direction and no range to keep within. */
    public static final RatingScale.Band UNRATED = new RatingScale.Band(null, Rag.NONE, null);

    /**
     * The band of {@code scale} the value falls in against a comparator, or against a range ({@code low} to
     * {@code high}, either open): within the range is no shortfall; outside it the shortfall is the distance to the
     * bound passed, as a share of that bound. When higher is better only the low bound can be missed, when lower is
     * better only the high one; a measure with neither polarity is rated only against a range.
     */
    public static RatingScale.Band rate(RatingScale scale, Polarity polarity, BigDecimal value, BigDecimal comparator,
                                        BigDecimal low, BigDecimal high) {
        if (value == null) {
            return UNRATED;
        }
        if (low != null || high != null) {
            BigDecimal floor = polarity == Polarity.LOWER_IS_BETTER ? null : low;
            BigDecimal ceiling = polarity == Polarity.HIGHER_IS_BETTER ? null : high;
            if (floor != null && value.compareTo(floor) < 0) {
                return scale.band(floor.subtract(value), floor);
            }
            if (ceiling != null && value.compareTo(ceiling) > 0) {
                return scale.band(value.subtract(ceiling), ceiling);
            }
            if (floor == null && ceiling == null) {
                return UNRATED;
            }
            return scale.band(BigDecimal.ZERO, floor != null ? floor : ceiling);
        }
        if (comparator == null || polarity == Polarity.NEITHER) {
            return UNRATED;
        }
        BigDecimal shortfall = polarity == Polarity.HIGHER_IS_BETTER ? comparator.subtract(value) : value.subtract(comparator);
        return scale.band(shortfall, comparator);
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

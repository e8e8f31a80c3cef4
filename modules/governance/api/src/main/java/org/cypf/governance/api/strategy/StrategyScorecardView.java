package org.cypf.governance.api.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cypf.governance.api.measure.Provenance;

/** A strategy's scorecard on a date, measures grouped by outcome or area. */
public record StrategyScorecardView(String strategyId, String title, LocalDate asAt, String groupedBy,
                                    List<Group> groups) {

    public StrategyScorecardView {
        groups = List.copyOf(groups);
    }

    /** An outcome or area and its measures; measures with neither are grouped under id {@code unassigned}. */
    public record Group(String id, String name, List<Line> measures) {
        public Group {
            measures = List.copyOf(measures);
        }
    }

    /**
     * One measure on the card.
     *
     * @param latest     the latest value on or before the date (null when missing or reported by parts)
     * @param breakdown  the latest value of each part, for measures reported by parts
     * @param direction  IMPROVING, WORSENING, NO_CHANGE or UNKNOWN, judged by polarity against the previous value
     * @param rag        RED, AMBER, GREEN or NONE by the rule in docs/strategies/README.md
     * @param dataQuality MISSING, STALE, PROVISIONAL, NO_SOURCE, SOURCE_UNAVAILABLE; empty when sound
     * @param provenance where a computed value came from; null for submitted values
     * @param reported   for a measure a context computes: the latest value reported for it (loaded with the strategy
     *                   or submitted by a partner, e.g. a published outturn), shown beside the computed one; null otherwise
     */
    public record Line(String measureId, String title, String unit, String polarity, String frequency, Value latest,
                       Value reported, List<Value> breakdown, Value previous, Value baseline, TargetView target,
                       List<StrategyDocument.Benchmark> benchmarks, String direction, String rag,
                       List<String> dataQuality, Provenance provenance) {
        public Line {
            breakdown = List.copyOf(breakdown);
            benchmarks = List.copyOf(benchmarks);
            dataQuality = List.copyOf(dataQuality);
        }
    }

    public record Value(BigDecimal value, LocalDate asAt, String periodLabel, String breakdown, Long numerator,
                        Long denominator, String status, String source) {}

    /** The target in force on the date: the horizon's, or the first dated target not yet passed. */
    public record TargetView(BigDecimal value, String horizon, LocalDate by) {}
}

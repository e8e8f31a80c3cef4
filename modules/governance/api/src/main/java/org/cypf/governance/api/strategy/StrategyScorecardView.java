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
     * @param dataQuality MISSING, STALE, PROVISIONAL, NO_SOURCE, SOURCE_UNAVAILABLE, NOTHING_TO_COUNT; empty when sound
     * @param provenance where a computed value came from; null for submitted values
     * @param reported   for a measure a context computes: the latest value reported for it (loaded with the strategy
     *                   or submitted by a partner, e.g. a published outturn), shown beside the computed one; null otherwise
     * @param rating     the band of the strategy's own rating scale the value falls in ("On course"); null without a scale
     * @param commentary the owner's story behind the figure for the latest period on or before the date, with the
     *                   rating the owner reports beside the computed one
     * @param owner      the partner that owns the measure (submits and approves its values)
     * @param partOf     the indicator this measure is a sub-measure of
     * @param subMeasures for an indicator with sub-measures: their ids; its RAG is rolled up from theirs by {@code rollUp}
     */
    public record Line(String measureId, String title, String unit, String polarity, String frequency, Value latest,
                       Value reported, List<Value> breakdown, Value previous, Value baseline, TargetView target,
                       List<StrategyDocument.Benchmark> benchmarks, String direction, String rag,
                       List<String> dataQuality, Provenance provenance, String rating,
                       StrategyDocument.Commentary commentary, String owner, String partOf, List<String> subMeasures,
                       String rollUp) {
        public Line {
            breakdown = List.copyOf(breakdown);
            benchmarks = List.copyOf(benchmarks);
            dataQuality = List.copyOf(dataQuality);
            subMeasures = List.copyOf(subMeasures);
        }
    }

    public record Value(BigDecimal value, LocalDate asAt, String periodLabel, String breakdown, Long numerator,
                        Long denominator, String status, String source, String note) {}

    /**
     * The target in force on the date (docs/strategies/README.md, "Target in force"): {@code basis} says how it was
     * found (HORIZON, YEAR, BY or TRAJECTORY); {@code low} and {@code high} bound a target range; {@code value} is
     * worked out from the baseline for a relative target ({@code changePercent}).
     */
    public record TargetView(BigDecimal value, String horizon, LocalDate by, Integer year, BigDecimal low,
                             BigDecimal high, BigDecimal changePercent, String basis, String note) {}
}

package org.cypf.governance.scorecard.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.scorecard.ScorecardLine;
import org.cypf.governance.api.scorecard.ScorecardView;
import org.cypf.governance.api.scorecard.Scorecards;
import org.cypf.governance.scorecard.domain.Measure;
import org.cypf.governance.scorecard.domain.SmallNumberSuppression;
import org.cypf.governance.scorecard.port.MeasureCatalogue;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * The scorecard: every measure with its value on the date. Computed measures are asked of the context that
 * computes them (through {@link MeasureSource}); a source that fails marks its line rather than failing the card.
 */
public final class ScorecardService implements Scorecards {
    private static final Logger LOG = Logger.getLogger(ScorecardService.class.getName());
    private final UnitOfWork unitOfWork;
    private final MeasureCatalogue catalogue;
    private final Map<String, MeasureSource> sourcesByKey;

    public ScorecardService(UnitOfWork unitOfWork, MeasureCatalogue catalogue, List<MeasureSource> sources) {
        this.unitOfWork = unitOfWork;
        this.catalogue = catalogue;
        var byKey = new java.util.HashMap<String, MeasureSource>();
        for (MeasureSource source : sources) {
            for (String key : source.measureKeys()) {
                if (byKey.put(key, source) != null) {
                    throw new IllegalArgumentException("two measure sources compute " + key);
                }
            }
        }
        this.sourcesByKey = Map.copyOf(byKey);
    }

    @Override
    public ScorecardView scorecard(LocalDate asAt) {
        List<Measure> measures = unitOfWork.inTransaction(catalogue::all);
        List<ScorecardLine> lines = new ArrayList<>();
        for (Measure measure : measures) {
            lines.add(line(measure, asAt));
        }
        return new ScorecardView(asAt, lines);
    }

    private ScorecardLine line(Measure m, LocalDate asAt) {
        if (!m.isComputed()) {
            return empty(m, "MISSING");
        }
        MeasureSource source = sourcesByKey.get(m.computedBy());
        if (source == null) {
            return empty(m, "NO_SOURCE");
        }
        try {
            MeasureValue value = source.compute(m.computedBy(), asAt);
            if (value.denominator() != null && value.denominator() == 0) {
                // A percentage or rate of nobody is no value (shown as 0 it would read as the best possible figure).
                return new ScorecardLine(m.id(), m.title(), m.unit(), m.polarity(), m.outcome(), null, 0L, 0L,
                        value.provenance(), List.of("NOTHING_TO_COUNT"));
            }
            if (SmallNumberSuppression.applies(m.unit(), value.value(), value.numerator(), value.denominator())) {
                // Shown to analysts and board members: a small count could identify a child (ADR 0032).
                return new ScorecardLine(m.id(), m.title(), m.unit(), m.polarity(), m.outcome(), null, null, null,
                        value.provenance(), List.of(SmallNumberSuppression.RULE));
            }
            return new ScorecardLine(m.id(), m.title(), m.unit(), m.polarity(), m.outcome(), value.value(),
                    value.numerator(), value.denominator(), value.provenance(), List.of());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "measure source for {0} failed: {1}", new Object[] {m.id(), e.getClass().getName()});
            return empty(m, "SOURCE_UNAVAILABLE");
        }
    }

    private static ScorecardLine empty(Measure m, String flag) {
        return new ScorecardLine(m.id(), m.title(), m.unit(), m.polarity(), m.outcome(), null, null, null, null,
                List.of(flag));
    }
}

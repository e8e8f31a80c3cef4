package org.cypf.governance.strategy.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.measure.Provenance;
import org.cypf.governance.api.strategy.ObservationView;
import org.cypf.governance.api.strategy.ProgrammeView;
import org.cypf.governance.api.strategy.StoredStrategy;
import org.cypf.governance.api.strategy.StrategyDocument.MeasureSpec;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.api.strategy.StrategyScorecardView.Line;
import org.cypf.governance.api.strategy.StrategyScorecardView.TargetView;
import org.cypf.governance.api.strategy.StrategyScorecardView.Value;
import org.cypf.governance.api.strategy.StrategyScorecardView;
import org.cypf.governance.api.strategy.StrategyScorecards;
import org.cypf.governance.strategy.domain.DataQuality;
import org.cypf.governance.strategy.domain.Frequency;
import org.cypf.governance.strategy.domain.Polarity;
import org.cypf.governance.strategy.domain.Rag;
import org.cypf.governance.strategy.domain.ScorecardRules;
import org.cypf.governance.strategy.port.StrategyStore;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Scorecards and programme views of a strategy. Submitted measures read their observations; measures computed by
 * a context ask its {@link MeasureSource} on the date (and a year earlier, for the direction of travel).
 */
public final class StrategyScorecardService implements StrategyScorecards {
    private static final Logger LOG = Logger.getLogger(StrategyScorecardService.class.getName());
    static final String UNASSIGNED = "unassigned";

    private final UnitOfWork unitOfWork;
    private final StrategyStore store;
    private final Map<String, MeasureSource> sources;

    public StrategyScorecardService(UnitOfWork unitOfWork, StrategyStore store, List<MeasureSource> sources) {
        this.unitOfWork = unitOfWork;
        this.store = store;
        Map<String, MeasureSource> byKey = new HashMap<>();
        sources.forEach(s -> s.measureKeys().forEach(k -> byKey.put(k, s)));
        this.sources = Map.copyOf(byKey);
    }

    private record Loaded(StoredStrategy strategy, List<ObservationView> observations) {}

    @Override
    public StrategyScorecardView scorecard(String strategyId, LocalDate asAt, Grouping grouping) {
        Loaded loaded = unitOfWork.inTransaction(() -> {
            var strategy = store.find(strategyId).orElseThrow(() -> new NotFound("no strategy with id " + strategyId));
            return new Loaded(strategy, store.observations(strategyId));
        });
        StrategyDocument d = loaded.strategy().document();
        Map<String, List<ObservationView>> byMeasure = loaded.observations().stream()
                .collect(Collectors.groupingBy(ObservationView::measureId));
        Map<String, List<Line>> lines = new LinkedHashMap<>();
        // kept apart, so that an outcome or area that happens to have the id "unassigned" is not merged with them
        List<Line> unassigned = new ArrayList<>();
        for (MeasureSpec m : d.measures()) {
            String group = grouping == Grouping.AREA ? m.area() : m.outcome();
            Line line = line(d, m, byMeasure.getOrDefault(m.id(), List.of()), asAt);
            if (group == null) {
                unassigned.add(line);
            } else {
                lines.computeIfAbsent(group, g -> new ArrayList<>()).add(line);
            }
        }
        List<StrategyScorecardView.Group> groups = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        if (grouping == Grouping.AREA) {
            nullSafe(d.areas()).forEach(a -> names.put(a.id(), a.name()));
        } else {
            d.outcomes().forEach(o -> names.put(o.id(), o.name()));
        }
        names.forEach((id, name) -> groups.add(new StrategyScorecardView.Group(id, name, lines.getOrDefault(id, List.of()))));
        if (!unassigned.isEmpty()) {
            groups.add(new StrategyScorecardView.Group(UNASSIGNED, "Not assigned", unassigned));
        }
        return new StrategyScorecardView(d.id(), d.title(), asAt, grouping.name(), groups);
    }

    private Line line(StrategyDocument d, MeasureSpec m, List<ObservationView> observations, LocalDate asAt) {
        Polarity polarity = Polarity.valueOf(m.polarity());
        Frequency frequency = m.frequency() == null ? null : Frequency.valueOf(m.frequency());
        Value latest = null;
        Value reported = null;
        Value previous = null;
        Provenance provenance = null;
        List<Value> breakdown = List.of();
        Set<DataQuality> flags;
        List<ObservationView> upToDate = observations.stream().filter(o -> !o.asAt().isAfter(asAt))
                .sorted(Comparator.comparing(ObservationView::asAt)).toList();
        List<ObservationView> whole = upToDate.stream().filter(o -> o.breakdown() == null).toList();
        boolean computed = m.source() != null && "COMPUTED".equals(m.source().kind());
        if (computed) {
            reported = whole.isEmpty() ? null : value(whole.getLast());
            MeasureSource source = sources.get(m.source().key());
            if (source == null) {
                flags = Set.of(DataQuality.NO_SOURCE);
            } else {
                try {
                    MeasureValue now = source.compute(m.source().key(), asAt);
                    MeasureValue yearBefore = source.compute(m.source().key(), asAt.minusYears(1));
                    latest = value(now);
                    previous = value(yearBefore);
                    provenance = now.provenance();
                    flags = ScorecardRules.dataQuality(domain(latest), null, asAt);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "measure source for {0} failed: {1}", new Object[] {m.id(), e.getClass().getName()});
                    flags = Set.of(DataQuality.SOURCE_UNAVAILABLE);
                }
            }
        } else {
            if (!whole.isEmpty()) {
                latest = value(whole.getLast());
                previous = whole.size() > 1 ? value(whole.get(whole.size() - 2)) : null;
            }
            Map<String, ObservationView> latestPart = new TreeMap<>();
            upToDate.stream().filter(o -> o.breakdown() != null).forEach(o -> latestPart.put(o.breakdown(), o));
            breakdown = latestPart.values().stream().map(StrategyScorecardService::value).toList();
            Value newest = latest != null ? latest : breakdown.stream().max(Comparator.comparing(Value::asAt)).orElse(null);
            flags = ScorecardRules.dataQuality(domain(newest), frequency, asAt);
        }
        TargetView target = target(d, m, asAt);
        var england = nullSafe(m.benchmarks()).stream().filter(b -> "ENGLAND".equals(b.comparator()))
                .max(Comparator.comparing(b -> b.asAt() == null ? LocalDate.MIN : b.asAt())).orElse(null);
        var comparator = target != null ? target.value() : england == null ? null : england.value();
        Rag rag = ScorecardRules.rag(polarity, latest == null ? null : latest.value(), comparator);
        Value baseline = m.baseline() == null ? null : new Value(m.baseline().value(), m.baseline().asAt(),
                m.baseline().periodLabel(), m.baseline().breakdown(), m.baseline().numerator(), m.baseline().denominator(),
                Objects.requireNonNullElse(m.baseline().status(), "FINAL"), m.baseline().source());
        return new Line(m.id(), m.title(), m.unit(), m.polarity(), m.frequency(), latest, reported, breakdown, previous,
                baseline,
                target, nullSafe(m.benchmarks()),
                ScorecardRules.direction(polarity, domain(previous), domain(latest)).name(), rag.name(),
                flags.stream().map(Enum::name).sorted().toList(), provenance);
    }

    /** The horizon target for the strategy year of {@code asAt}, else the first dated target on or after it, else the last. */
    static TargetView target(StrategyDocument d, MeasureSpec m, LocalDate asAt) {
        var targets = nullSafe(m.targets()).stream().filter(t -> t.breakdown() == null).toList();
        if (targets.isEmpty()) {
            return null;
        }
        int year = ScorecardRules.strategyYear(d.period().start(), asAt);
        for (var t : targets) {
            if (t.horizon() != null) {
                var horizon = nullSafe(d.horizons()).stream().filter(h -> h.id().equals(t.horizon())).findFirst();
                if (horizon.isPresent() && year >= horizon.get().fromYear() && year <= horizon.get().toYear()) {
                    return new TargetView(t.value(), t.horizon(), null);
                }
            }
        }
        var dated = targets.stream().filter(t -> t.by() != null).sorted(Comparator.comparing(StrategyDocument.Target::by)).toList();
        return dated.stream().filter(t -> !t.by().isBefore(asAt)).findFirst()
                .or(() -> dated.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(dated.getLast()))
                .map(t -> new TargetView(t.value(), null, t.by())).orElse(null);
    }

    @Override
    public ProgrammeView programme(String strategyId, LocalDate asAt, int riskScoreAbove) {
        StrategyDocument d = unitOfWork.inTransaction(() -> store.find(strategyId)
                .orElseThrow(() -> new NotFound("no strategy with id " + strategyId))).document();
        var programme = d.programme() == null ? new StrategyDocument.Programme(null, null, null, null) : d.programme();
        Map<String, List<ProgrammeView.ProjectLine>> byStatus = new TreeMap<>();
        List<ProgrammeView.OverdueMilestone> overdue = new ArrayList<>();
        for (var p : nullSafe(programme.projects())) {
            String status = p.status() == null ? "NOT_STARTED" : p.status();
            byStatus.computeIfAbsent(status, s -> new ArrayList<>())
                    .add(new ProgrammeView.ProjectLine(p.id(), p.kind(), p.title(), p.seniorResponsibleOwner(), status));
            for (var ms : nullSafe(p.milestones())) {
                if (ms.due() != null && ms.due().isBefore(asAt) && !"DONE".equals(ms.status())) {
                    overdue.add(new ProgrammeView.OverdueMilestone(p.id(), p.title(), ms.title(), ms.due(),
                            ms.status() == null ? "NOT_STARTED" : ms.status(), ChronoUnit.DAYS.between(ms.due(), asAt)));
                }
            }
        }
        overdue.sort(Comparator.comparing(ProgrammeView.OverdueMilestone::due));
        List<ProgrammeView.RiskLine> risks = nullSafe(programme.risks()).stream()
                .filter(r -> r.likelihood() * r.impact() > riskScoreAbove)
                .map(r -> new ProgrammeView.RiskLine(r.id(), r.title(), r.likelihood(), r.impact(),
                        r.likelihood() * r.impact(), ScorecardRules.riskRating(r.likelihood(), r.impact()).name(),
                        r.owner(), r.reviewDate(), r.reviewDate() != null && r.reviewDate().isBefore(asAt)))
                .sorted(Comparator.comparing(ProgrammeView.RiskLine::score).reversed().thenComparing(ProgrammeView.RiskLine::riskId))
                .toList();
        return new ProgrammeView(d.id(), asAt, byStatus, overdue, risks);
    }

    private static Value value(ObservationView o) {
        return new Value(o.value(), o.asAt(), o.periodLabel(), o.breakdown(), o.numerator(), o.denominator(), o.status(),
                o.source());
    }

    private static Value value(MeasureValue v) {
        return new Value(v.value(), v.asAt(), null, null, v.numerator(), v.denominator(), "FINAL",
                v.provenance().context());
    }

    private static org.cypf.governance.strategy.domain.MeasureValue domain(Value v) {
        return v == null ? null
                : new org.cypf.governance.strategy.domain.MeasureValue(v.asAt(), v.value(), "PROVISIONAL".equals(v.status()));
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}

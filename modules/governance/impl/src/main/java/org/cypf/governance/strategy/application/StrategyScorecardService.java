package org.cypf.governance.strategy.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.measure.Provenance;
import org.cypf.governance.api.strategy.BoardPackView;
import org.cypf.governance.api.strategy.ObservationView;
import org.cypf.governance.api.strategy.ProgrammeView;
import org.cypf.governance.api.strategy.StrategyDocument.MeasureSpec;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.api.strategy.StrategyScorecardView.Line;
import org.cypf.governance.api.strategy.StrategyScorecardView.TargetView;
import org.cypf.governance.api.strategy.StrategyScorecardView.Value;
import org.cypf.governance.api.strategy.StrategyScorecardView;
import org.cypf.governance.api.strategy.StrategyScorecards;
import org.cypf.governance.strategy.domain.DataQuality;
import org.cypf.governance.strategy.domain.Frequency;
import org.cypf.governance.strategy.domain.PeriodLabels;
import org.cypf.governance.strategy.domain.RatingScale;
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

    /** Two values of each measure and part: the latest and the one before it (for the direction of travel). */
    private static final int VALUES_PER_SERIES = 2;

    /**
     * How many measure-source calls one scorecard has under way at once: the computed measures are asked side by
     * side rather than one after another (ADR 0079), but never more than this, so one scorecard takes no more than
     * a few of a context's connections.
     */
    static final int SOURCES_AT_ONCE = 4;

    /** Parsed definitions by strategy, each with the stamp of the stored definitions it was parsed from (ADR 0078). */
    private final Map<String, StrategyStore.StampedDefinitions> definitions = new ConcurrentHashMap<>();

    private record Loaded(StrategyDocument document, List<ObservationView> observations) {}

    @Override
    public StrategyScorecardView scorecard(String strategyId, LocalDate asAt, Grouping grouping) {
        return scorecard(latest(strategyId, asAt), asAt, grouping);
    }

    /**
     * The definitions and the latest values in one unit of work: one statement reads the values and the stamp of
     * the stored definitions; only when that stamp is not the kept one are the definitions read again (ADR 0078).
     */
    private Loaded latest(String strategyId, LocalDate asAt) {
        return unitOfWork.inTransaction(() -> {
            var latest = store.latestApprovedWithStamp(strategyId, asAt, VALUES_PER_SERIES)
                    .orElseThrow(() -> new NotFound("no strategy with id " + strategyId));
            var known = definitions.get(strategyId);
            StrategyDocument document = known != null && known.stamp().equals(latest.stamp()) ? known.document()
                    : definitions(strategyId);
            return new Loaded(document, latest.observations());
        });
    }

    /**
     * In the caller's unit of work: the strategy's definitions, parsed once for each stored version. Each call reads
     * the stored stamp (one short statement, the document only when it changed), so a strategy loaded or changed
     * through another instance is read again at once, never served from an out-of-date copy.
     */
    private StrategyDocument definitions(String strategyId) {
        var known = definitions.get(strategyId);
        var read = store.definitionsUnless(strategyId, known == null ? null : known.stamp())
                .orElseThrow(() -> new NotFound("no strategy with id " + strategyId));
        if (read.document() == null) {
            return known.document();
        }
        definitions.put(strategyId, read);
        return read.document();
    }

    private StrategyScorecardView scorecard(Loaded loaded, LocalDate asAt, Grouping grouping) {
        StrategyDocument d = loaded.document();
        Map<String, List<ObservationView>> byMeasure = loaded.observations().stream()
                .collect(Collectors.groupingBy(ObservationView::measureId));
        Map<String, Computed> computedValues = computeAll(d, asAt);
        RatingScale scale = scale(d);
        Map<String, Line> computed = new LinkedHashMap<>();
        Map<String, RatingScale.Band> bands = new HashMap<>();
        for (MeasureSpec m : d.measures()) {
            computed.put(m.id(), line(d, m, byMeasure.getOrDefault(m.id(), List.of()), asAt, scale, bands, computedValues));
        }
        rollUp(d, computed, bands);
        Map<String, List<Line>> lines = new LinkedHashMap<>();
        // kept apart, so that an outcome or area that happens to have the id "unassigned" is not merged with them
        List<Line> unassigned = new ArrayList<>();
        for (MeasureSpec m : d.measures()) {
            String group = grouping == Grouping.AREA ? m.area() : m.outcome();
            Line line = computed.get(m.id());
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

    /** A computed measure's values on the card's date and a year earlier, or its source's failure. */
    private record Computed(MeasureValue now, MeasureValue yearBefore, boolean failed) {}

    /**
     * Every computed measure of the card, each source key asked once (two measures may share one) with both its
     * dates in one call, the keys side by side, at most {@link #SOURCES_AT_ONCE} at a time (ADR 0079). They were asked
     * one after another, a date at a time: the seed strategy's 16 computed measures made 32 units of work in a row.
     * A source that fails marks its own measures only. Outside the caller's unit of work: each context runs its own.
     */
    private Map<String, Computed> computeAll(StrategyDocument d, LocalDate asAt) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (MeasureSpec m : d.measures()) {
            if (m.source() != null && "COMPUTED".equals(m.source().kind()) && sources.containsKey(m.source().key())) {
                keys.add(m.source().key());
            }
        }
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<LocalDate> dates = List.of(asAt, asAt.minusYears(1));
        Map<String, Computed> answers = new ConcurrentHashMap<>();
        Semaphore atOnce = new Semaphore(SOURCES_AT_ONCE);
        try (ExecutorService askers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String key : keys) {
                askers.submit(() -> {
                    atOnce.acquireUninterruptibly();
                    try {
                        List<MeasureValue> values = sources.get(key).computeOn(key, dates);
                        answers.put(key, new Computed(values.get(0), values.get(1), false));
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "measure source for {0} failed: {1}", new Object[] {key, e.getClass().getName()});
                        answers.put(key, new Computed(null, null, true));
                    } finally {
                        atOnce.release();
                    }
                });
            }
        }
        return answers;
    }

    /** The strategy's own rating scale, or the five per cent rule. */
    static RatingScale scale(StrategyDocument d) {
        if (d.ratingScale() == null || d.ratingScale().bands() == null || d.ratingScale().bands().isEmpty()) {
            return RatingScale.FIVE_PERCENT;
        }
        return new RatingScale(d.ratingScale().bands().stream()
                .map(b -> new RatingScale.Band(b.label(), Rag.valueOf(b.rag()), b.upToPercent())).toList());
    }

    /**
     * An indicator with sub-measures takes its RAG (and rating) from theirs by its roll-up rule: {@code WORST} (the
     * default) the worst rated sub-measure, {@code BEST} the best. Sub-measures without a rating are left out; an
     * indicator none of whose sub-measures is rated keeps its own.
     */
    private static void rollUp(StrategyDocument d, Map<String, Line> lines, Map<String, RatingScale.Band> bands) {
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (MeasureSpec m : d.measures()) {
            if (m.partOf() != null && lines.containsKey(m.partOf())) {
                children.computeIfAbsent(m.partOf(), k -> new ArrayList<>()).add(m.id());
            }
        }
        children.forEach((parent, kids) -> {
            Line line = lines.get(parent);
            String rule = line.rollUp() == null ? "WORST" : line.rollUp();
            Comparator<RatingScale.Band> worstFirst = Comparator.comparingInt(b -> b.rag().ordinal());
            var rated = kids.stream().map(bands::get).filter(b -> b != null && b.rag() != Rag.NONE).toList();
            var chosen = rated.isEmpty() ? null
                    : "BEST".equals(rule) ? rated.stream().max(worstFirst).orElseThrow() : rated.stream().min(worstFirst).orElseThrow();
            lines.put(parent, new Line(line.measureId(), line.title(), line.unit(), line.polarity(), line.frequency(),
                    line.latest(), line.reported(), line.breakdown(), line.previous(), line.baseline(), line.target(),
                    line.benchmarks(), line.direction(), chosen == null ? line.rag() : chosen.rag().name(),
                    line.dataQuality(), line.provenance(), chosen == null ? line.rating() : chosen.label(),
                    line.commentary(), line.owner(), line.partOf(), kids, rule));
        });
    }

    private static Line line(StrategyDocument d, MeasureSpec m, List<ObservationView> observations, LocalDate asAt,
                      RatingScale scale, Map<String, RatingScale.Band> bands, Map<String, Computed> computedValues) {
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
        Value baseline = baseline(m);
        boolean computed = m.source() != null && "COMPUTED".equals(m.source().kind());
        if (computed) {
            reported = whole.isEmpty() ? null : value(whole.getLast());
            Computed values = computedValues.get(m.source().key());
            if (values == null) {
                flags = Set.of(DataQuality.NO_SOURCE);
            } else if (values.failed()) {
                flags = Set.of(DataQuality.SOURCE_UNAVAILABLE);
            } else if (countsNobody(values.now())) {
                // A percentage of no pupils is no value: shown as 0 % it would read as the best possible figure.
                previous = countsNobody(values.yearBefore()) ? null : value(values.yearBefore());
                provenance = values.now().provenance();
                flags = Set.of(DataQuality.NOTHING_TO_COUNT);
            } else {
                latest = value(values.now());
                previous = countsNobody(values.yearBefore()) ? null : value(values.yearBefore());
                provenance = values.now().provenance();
                flags = ScorecardRules.dataQuality(domain(latest), null, asAt);
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
            flags = EnumSet.noneOf(DataQuality.class);
            flags.addAll(ScorecardRules.dataQuality(domain(newest), frequency, asAt));
            // a part not reported for longer than the frequency allows makes the measure stale, however fresh the rest
            for (Value part : breakdown) {
                if (ScorecardRules.dataQuality(domain(part), frequency, asAt).contains(DataQuality.STALE)) {
                    flags.add(DataQuality.STALE);
                }
            }
        }
        // the baseline is the first value to travel from: with one value since, the direction is judged against it
        if (previous == null && latest != null && baseline != null && baseline.asAt() != null
                && baseline.asAt().isBefore(latest.asAt())) {
            previous = baseline;
        }
        // on a trajectory the value is judged against the line on the value's own date, not the card's
        TargetView target = target(d, m, "INTERPOLATED".equals(m.trajectory()) && latest != null ? latest.asAt() : asAt);
        var england = nullSafe(m.benchmarks()).stream().filter(b -> "ENGLAND".equals(b.comparator()))
                .max(Comparator.comparing(b -> b.asAt() == null ? LocalDate.MIN : b.asAt())).orElse(null);
        var comparator = target != null ? target.value() : england == null ? null : england.value();
        RatingScale.Band band = ScorecardRules.rate(scale, polarity, latest == null ? null : latest.value(), comparator,
                target == null ? null : target.low(), target == null ? null : target.high());
        bands.put(m.id(), band);
        return new Line(m.id(), m.title(), m.unit(), m.polarity(), m.frequency(), latest, reported, breakdown, previous,
                baseline, target, nullSafe(m.benchmarks()),
                ScorecardRules.direction(polarity, domain(previous), domain(latest)).name(), band.rag().name(),
                flags.stream().map(Enum::name).sorted().toList(), provenance, band.label(), commentary(m, asAt),
                m.owner(), m.partOf(), List.of(), m.rollUp());
    }

    private static Value baseline(MeasureSpec m) {
        var b = m.baseline();
        if (b == null) {
            return null;
        }
        LocalDate asAt = b.asAt() != null ? b.asAt() : PeriodLabels.end(b.periodLabel()).orElse(null);
        return new Value(b.value(), asAt, b.periodLabel(), b.breakdown(), b.numerator(), b.denominator(),
                Objects.requireNonNullElse(b.status(), "FINAL"), b.source(), b.note());
    }

    /** The commentary for the latest period on or before the date (a period given by label counts at its end). */
    private static StrategyDocument.Commentary commentary(MeasureSpec m, LocalDate asAt) {
        return nullSafe(m.commentary()).stream()
                .filter(c -> commentaryDate(c) != null && !commentaryDate(c).isAfter(asAt))
                .max(Comparator.comparing(StrategyScorecardService::commentaryDate)).orElse(null);
    }

    private static LocalDate commentaryDate(StrategyDocument.Commentary c) {
        return c.asAt() != null ? c.asAt() : PeriodLabels.end(c.periodLabel()).orElse(null);
    }

    /**
     * The target in force on {@code asAt} (docs/strategies/README.md, "Target in force"): a horizon's covering the
     * strategy year, else the target set for that strategy year, else, on a trajectory, the point on the straight
     * line from the baseline through the targets, else the first dated target on or after the date (or the last).
     */
    static TargetView target(StrategyDocument d, MeasureSpec m, LocalDate asAt) {
        var targets = nullSafe(m.targets()).stream().filter(t -> t.breakdown() == null).toList();
        if (targets.isEmpty()) {
            return null;
        }
        BigDecimal base = m.baseline() == null ? null : m.baseline().value();
        int year = ScorecardRules.strategyYear(d.period().start(), asAt);
        for (var t : targets) {
            if (t.horizon() != null) {
                var horizon = nullSafe(d.horizons()).stream().filter(h -> h.id().equals(t.horizon())).findFirst();
                if (horizon.isPresent() && year >= horizon.get().fromYear() && year <= horizon.get().toYear()) {
                    return view(t, base, "HORIZON");
                }
            }
        }
        for (var t : targets) {
            if (t.year() != null && t.year() == year) {
                return view(t, base, "YEAR");
            }
        }
        if ("INTERPOLATED".equals(m.trajectory())) {
            TargetView onLine = trajectory(d, m, targets, base, asAt);
            if (onLine != null) {
                return onLine;
            }
        }
        var dated = targets.stream().filter(t -> t.by() != null).sorted(Comparator.comparing(StrategyDocument.Target::by)).toList();
        return dated.stream().filter(t -> !t.by().isBefore(asAt)).findFirst()
                .or(() -> dated.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(dated.getLast()))
                .map(t -> view(t, base, "BY")).orElse(null);
    }

    private record Point(LocalDate date, BigDecimal value) {}

    /**
     * The trajectory: straight lines from the baseline (its date and value) through each target with a date (a
     * {@code by} date, or the last day of a target's strategy year), in date order. Before the first point there
     * is none; after the last, the last target stays in force.
     */
    private static TargetView trajectory(StrategyDocument d, MeasureSpec m, List<StrategyDocument.Target> targets,
                                         BigDecimal base, LocalDate asAt) {
        List<Point> points = new ArrayList<>();
        if (m.baseline() != null && base != null) {
            LocalDate at = m.baseline().asAt() != null ? m.baseline().asAt() : PeriodLabels.end(m.baseline().periodLabel()).orElse(null);
            if (at != null) {
                points.add(new Point(at, base));
            }
        }
        for (var t : targets) {
            BigDecimal value = resolve(t, base);
            LocalDate at = t.by() != null ? t.by()
                    : t.year() != null ? d.period().start().plusYears(t.year()).minusDays(1) : null;
            if (value != null && at != null) {
                points.add(new Point(at, value));
            }
        }
        points.sort(Comparator.comparing(Point::date));
        if (points.size() < 2 || asAt.isBefore(points.getFirst().date())) {
            return null;
        }
        Point last = points.getLast();
        if (!asAt.isBefore(last.date())) {
            return new TargetView(last.value(), null, last.date(), null, null, null, null, "TRAJECTORY", null);
        }
        for (int i = 1; i < points.size(); i++) {
            Point from = points.get(i - 1);
            Point to = points.get(i);
            if (!asAt.isAfter(to.date())) {
                long span = ChronoUnit.DAYS.between(from.date(), to.date());
                long gone = ChronoUnit.DAYS.between(from.date(), asAt);
                int scale = Math.max(from.value().scale(), to.value().scale()) + 1;
                BigDecimal value = span == 0 ? to.value() : from.value().add(to.value().subtract(from.value())
                        .multiply(BigDecimal.valueOf(gone)).divide(BigDecimal.valueOf(span), Math.max(scale, 1),
                                RoundingMode.HALF_UP));
                return new TargetView(value, null, to.date(), null, null, null, null, "TRAJECTORY", null);
            }
        }
        return null;
    }

    /** A target's value: as set, or worked out from the baseline for a relative target ("45 % reduction"). */
    private static BigDecimal resolve(StrategyDocument.Target t, BigDecimal base) {
        if (t.value() != null) {
            return t.value();
        }
        if (t.changePercent() != null && base != null) {
            return base.add(base.multiply(t.changePercent()).divide(BigDecimal.valueOf(100), base.scale() + 2, RoundingMode.HALF_UP));
        }
        return null;
    }

    private static TargetView view(StrategyDocument.Target t, BigDecimal base, String basis) {
        return new TargetView(resolve(t, base), t.horizon(), t.by(), t.year(), t.low(), t.high(), t.changePercent(),
                basis, t.note());
    }

    @Override
    public ProgrammeView programme(String strategyId, LocalDate asAt, int riskScoreAbove) {
        return programme(document(strategyId), asAt, riskScoreAbove);
    }

    private static ProgrammeView programme(StrategyDocument d, LocalDate asAt, int riskScoreAbove) {
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

    @Override
    public BoardPackView boardPack(String strategyId, String boardId, LocalDate date) {
        // the definitions once, for the board, the scorecard and the programme alike
        Loaded loaded = latest(strategyId, date);
        StrategyDocument d = loaded.document();
        var board = nullSafe(d.boards()).stream().filter(b -> b.id().equals(boardId)).findFirst()
                .orElseThrow(() -> new NotFound("no board " + boardId + " in strategy " + strategyId));
        var meetings = nullSafe(board.meetings()).stream().sorted(Comparator.comparing(StrategyDocument.Meeting::date)).toList();
        var meeting = meetings.stream().filter(m -> m.date().equals(date)).findFirst().orElse(null);
        var previous = meetings.stream().filter(m -> m.date().isBefore(date)).reduce((a, b) -> b).orElse(null);
        StrategyScorecardView card = scorecard(loaded, date, Grouping.OUTCOME);
        ProgrammeView programme = programme(d, date, 0);
        List<BoardPackView.Exception> exceptions = new ArrayList<>();
        Map<String, String> partnerNames = new HashMap<>();
        nullSafe(d.partners()).forEach(p -> partnerNames.put(p.id(), p.name()));
        card.groups().forEach(g -> g.measures().stream().filter(l -> "RED".equals(l.rag())).forEach(l ->
                exceptions.add(new BoardPackView.Exception("MEASURE", l.measureId(), l.title(),
                        "rated RED" + (l.rating() == null ? "" : " (" + l.rating() + ")")
                                + (l.target() == null ? " against England" : " against its target"),
                        l.owner() == null ? null : partnerNames.getOrDefault(l.owner(), l.owner())))));
        Map<String, String> owners = new HashMap<>();
        programme.projectsByStatus().values().forEach(ps -> ps.forEach(p -> owners.put(p.projectId(), p.seniorResponsibleOwner())));
        programme.overdueMilestones().forEach(m -> exceptions.add(new BoardPackView.Exception("MILESTONE", m.projectId(),
                m.projectTitle() + ": " + m.milestone(), m.daysOverdue() + " days overdue (due " + m.due() + ")",
                owners.get(m.projectId()))));
        programme.risks().stream().filter(r -> "RED".equals(r.rating())).forEach(r -> exceptions.add(
                new BoardPackView.Exception("RISK", r.riskId(), r.title(), "scores " + r.score() + " (likelihood "
                        + r.likelihood() + " x impact " + r.impact() + ")", r.owner())));
        return new BoardPackView(d.id(), board.id(), board.name(), date, meeting(meeting, date), meeting(previous, date),
                card, programme, exceptions);
    }

    private static BoardPackView.Meeting meeting(StrategyDocument.Meeting m, LocalDate on) {
        if (m == null) {
            return null;
        }
        return new BoardPackView.Meeting(m.date(), nullSafe(m.agenda()), nullSafe(m.decisions()),
                nullSafe(m.actions()).stream().map(a -> {
                    String status = a.status() == null ? "OPEN" : a.status();
                    return new BoardPackView.Action(a.title(), a.owner(), a.due(), status,
                            "OPEN".equals(status) && a.due() != null && a.due().isBefore(on));
                }).toList());
    }

    @Override
    public List<String> linked(String strategyId, String item) {
        StrategyDocument d = document(strategyId);
        List<String[]> pairs = new ArrayList<>();
        nullSafe(d.links()).forEach(l -> pairs.add(new String[] {l.from(), l.to()}));
        // the references the document already makes are links too, and are shown both ways like the table's
        nullSafe(d.priorities()).forEach(p -> nullSafe(p.outcomes()).forEach(o -> pairs.add(new String[] {"priority/" + p.id(), "outcome/" + o})));
        nullSafe(d.outcomes()).stream().filter(o -> o.parent() != null)
                .forEach(o -> pairs.add(new String[] {"outcome/" + o.id(), "outcome/" + o.parent()}));
        nullSafe(d.measures()).forEach(m -> nullSafe(m.priorities()).forEach(p -> pairs.add(new String[] {"measure/" + m.id(), "priority/" + p})));
        if (d.programme() != null) {
            nullSafe(d.programme().projects()).forEach(p -> nullSafe(p.priorities())
                    .forEach(pr -> pairs.add(new String[] {"project/" + p.id(), "priority/" + pr})));
        }
        java.util.LinkedHashSet<String> linked = new java.util.LinkedHashSet<>();
        for (String[] pair : pairs) {
            if (pair[0].equals(item)) {
                linked.add(pair[1]);
            } else if (pair[1].equals(item)) {
                linked.add(pair[0]);
            }
        }
        return List.copyOf(linked);
    }

    private StrategyDocument document(String strategyId) {
        return unitOfWork.inTransaction(() -> definitions(strategyId));
    }

    private static Value value(ObservationView o) {
        return new Value(o.value(), o.asAt(), o.periodLabel(), o.breakdown(), o.numerator(), o.denominator(), o.status(),
                o.source(), o.note());
    }

    /** A computed percentage or rate over a denominator of 0 (ADR 0054 as amended): nothing was there to count. */
    static boolean countsNobody(MeasureValue v) {
        return v.denominator() != null && v.denominator() == 0;
    }

    private static Value value(MeasureValue v) {
        return new Value(v.value(), v.asAt(), null, null, v.numerator(), v.denominator(), "FINAL",
                v.provenance().context(), null);
    }

    private static org.cypf.governance.strategy.domain.MeasureValue domain(Value v) {
        return v == null ? null
                : new org.cypf.governance.strategy.domain.MeasureValue(v.asAt(), v.value(), "PROVISIONAL".equals(v.status()));
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}

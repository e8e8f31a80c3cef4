package org.cypf.web.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.cypf.governance.api.strategy.MeasureObservations;
import org.cypf.governance.api.strategy.ObservationView;
import org.cypf.governance.api.strategy.ProgrammeView;
import org.cypf.governance.api.strategy.Strategies;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.api.strategy.StrategyScorecardView;
import org.cypf.governance.api.strategy.StrategyScorecards;
import org.cypf.kernel.problem.NotFound;
import org.cypf.web.chart.TrendChart;
import org.cypf.web.model.BoardPack;
import org.cypf.web.model.Dashboard;
import org.cypf.web.model.MeasureCard;
import org.cypf.web.model.MeasurePage;
import org.cypf.web.model.StrategyChoice;

/**
 * The one place the pages read governance's scorecard api ({@link Strategies}, {@link StrategyScorecards},
 * {@link MeasureObservations}) and turn it into what a card, a measure page, the exceptions and the board pack show.
 * When the scorecard's model grows (trajectories, commentary, owners, indicator families), this class is what changes.
 * Scorecards are aggregates: they name no child, so reading them needs a signed-in user but no access decision.
 */
public final class ScorecardReading {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** How many observations a card's trend shows. */
    static final int TREND_POINTS = 8;
    /** A risk this score or above is red (docs/strategies/README.md). */
    static final int RED_RISK_FROM = 15;
    private static final Set<String> EXCEPTIONAL_QUALITY = Set.of("MISSING", "STALE");

    private final Strategies strategies;
    private final StrategyScorecards scorecards;
    private final MeasureObservations observations;

    public ScorecardReading(Strategies strategies, StrategyScorecards scorecards, MeasureObservations observations) {
        this.strategies = Objects.requireNonNull(strategies);
        this.scorecards = Objects.requireNonNull(scorecards);
        this.observations = Objects.requireNonNull(observations);
    }

    public List<StrategyChoice> strategies() {
        return strategies.strategies().stream()
                .map(s -> new StrategyChoice(s.strategyId(), s.title(), s.partnership(),
                        (s.start() == null ? "" : s.start().getYear() + "") + (s.end() == null ? "" : " to " + s.end().getYear()),
                        s.measures()))
                .toList();
    }

    public Dashboard dashboard(String strategyId, LocalDate asAt, Dashboard.Filter filter) {
        StrategyDocument doc = strategies.strategy(strategyId).document();
        StrategyScorecardView card = scorecards.scorecard(strategyId, asAt, StrategyScorecards.Grouping.OUTCOME);
        List<Dashboard.Outcome> outcomes = new ArrayList<>();
        List<MeasureCard> all = new ArrayList<>();
        for (var group : card.groups()) {
            List<MeasureCard> cards = new ArrayList<>();
            for (var line : group.measures()) {
                MeasureCard c = card(strategyId, doc, group, line, 160, 48);
                all.add(c);
                if (filter.keeps(c)) {
                    cards.add(c);
                }
            }
            if (!cards.isEmpty()) {
                outcomes.add(new Dashboard.Outcome(group.id(), group.name(), cards));
            }
        }
        var outcomeChoices = card.groups().stream().map(g -> new Dashboard.Choice(g.id(), g.name())).toList();
        var priorityChoices = doc.priorities() == null ? List.<Dashboard.Choice>of() : doc.priorities().stream()
                .map(p -> new Dashboard.Choice(p.id(), (p.number() == null ? "" : p.number() + ". ") + p.title())).toList();
        var areaChoices = doc.areas() == null ? List.<Dashboard.Choice>of()
                : doc.areas().stream().map(a -> new Dashboard.Choice(a.id(), a.name())).toList();
        var ownerChoices = all.stream().map(MeasureCard::owner).filter(Objects::nonNull).distinct().sorted()
                .map(o -> new Dashboard.Choice(o, o)).toList();
        return new Dashboard(strategyId, doc.title(), doc.partnership() == null ? "" : doc.partnership().name(),
                DAY.format(card.asAt()), outcomes, outcomeChoices, priorityChoices, areaChoices, ownerChoices, filter,
                count(all, "RED"), count(all, "AMBER"), count(all, "GREEN"), count(all, "NONE"));
    }

    /** Measures off track (red), missing or stale, on {@code asAt}, in outcome order. */
    public List<MeasureCard> exceptions(String strategyId, LocalDate asAt) {
        return dashboard(strategyId, asAt, Dashboard.Filter.NONE).outcomes().stream()
                .flatMap(o -> o.cards().stream()).filter(c -> c.exception() != null).toList();
    }

    public MeasurePage measure(String strategyId, String measureId, LocalDate asAt) {
        StrategyDocument doc = strategies.strategy(strategyId).document();
        StrategyScorecardView card = scorecards.scorecard(strategyId, asAt, StrategyScorecards.Grouping.OUTCOME);
        for (var group : card.groups()) {
            for (var line : group.measures()) {
                if (line.measureId().equals(measureId)) {
                    var spec = spec(doc, measureId);
                    MeasureCard c = card(strategyId, doc, group, line, 160, 48);
                    List<ObservationView> history = observations.observations(strategyId, measureId);
                    List<MeasurePage.HistoryRow> rows = history.stream()
                            .sorted(Comparator.comparing(ObservationView::asAt).reversed())
                            .map(o -> new MeasurePage.HistoryRow(DAY.format(o.asAt()), nz(o.periodLabel()),
                                    nz(o.breakdown()), number(o.value(), line.unit()), words(o.status()),
                                    nz(o.source()), nz(o.submittedBy())))
                            .toList();
                    String provenance = line.provenance() == null ? "Submitted by a partner or loaded with the strategy"
                            : "Computed by " + line.provenance().context() + ": " + line.provenance().definition();
                    String source = spec == null || spec.source() == null ? ""
                            : words(spec.source().kind()) + (spec.source().key() == null ? "" : " " + spec.source().key())
                            + (spec.source().partner() == null ? "" : " from " + spec.source().partner());
                    return new MeasurePage(c, doc.title(), spec == null ? "" : nz(spec.definition()), words(line.unit()),
                            words(line.polarity()), words(line.frequency()), source, provenance, commentary(line, spec),
                            c.owner(), rows, trend(strategyId, line, 640, 200));
                }
            }
        }
        throw new NotFound("the strategy has no measure " + measureId);
    }

    /** The pack for the meeting on {@code meeting} (of the strategy's first board meeting on that day, if any). */
    public BoardPack boardPack(String strategyId, LocalDate meeting) {
        Dashboard dashboard = dashboard(strategyId, meeting, Dashboard.Filter.NONE);
        StrategyDocument doc = strategies.strategy(strategyId).document();
        ProgrammeView programme = scorecards.programme(strategyId, meeting, 0);
        String boardName = "";
        List<String> decisions = new ArrayList<>();
        List<BoardPack.Row> actions = new ArrayList<>();
        for (var board : doc.boards() == null ? List.<StrategyDocument.Board>of() : doc.boards()) {
            for (var m : board.meetings()) {
                if (meeting.equals(m.date())) {
                    boardName = board.name();
                    decisions.addAll(m.decisions());
                    m.actions().forEach(a -> actions.add(new BoardPack.Row(List.of(nz(a.title()), nz(a.owner()),
                            a.due() == null ? "" : DAY.format(a.due())))));
                }
            }
        }
        if (boardName.isEmpty() && doc.boards() != null && !doc.boards().isEmpty()) {
            boardName = doc.boards().getFirst().name();
        }
        List<BoardPack.Row> projects = new ArrayList<>();
        programme.projectsByStatus().forEach((status, list) -> projects.add(new BoardPack.Row(List.of(words(status),
                String.join("; ", list.stream().map(p -> p.title()
                        + (p.seniorResponsibleOwner() == null ? "" : " (SRO: " + p.seniorResponsibleOwner() + ")")).toList())))));
        List<BoardPack.Row> milestones = programme.overdueMilestones().stream()
                .map(m -> new BoardPack.Row(List.of(m.projectTitle(), m.milestone(), DAY.format(m.due()),
                        String.valueOf(m.daysOverdue())))).toList();
        List<BoardPack.Row> risks = programme.risks().stream().filter(r -> r.score() >= RED_RISK_FROM)
                .map(r -> new BoardPack.Row(List.of(r.title(), String.valueOf(r.likelihood()), String.valueOf(r.impact()),
                        String.valueOf(r.score()), nz(r.owner()),
                        r.reviewDate() == null ? "" : DAY.format(r.reviewDate()) + (r.reviewOverdue() ? " (overdue)" : ""))))
                .toList();
        List<MeasureCard> exceptions = dashboard.outcomes().stream().flatMap(o -> o.cards().stream())
                .filter(c -> c.exception() != null).toList();
        List<String> agenda = new ArrayList<>(List.of("Exceptions: measures off track, missing or stale",
                "Scorecard by outcome", "Programme: projects by status and overdue milestones", "Red risks"));
        if (!decisions.isEmpty() || !actions.isEmpty()) {
            agenda.add("Decisions and actions");
        }
        return new BoardPack(strategyId, doc.title(), dashboard.partnership(), DAY.format(meeting), boardName, agenda,
                exceptions, dashboard.outcomes(), projects, milestones, risks, decisions, actions);
    }

    // ---------------------------------------------------------------------------------------------------- a card

    private MeasureCard card(String strategyId, StrategyDocument doc, StrategyScorecardView.Group group,
                             StrategyScorecardView.Line line, int width, int height) {
        var spec = spec(doc, line.measureId());
        String latest;
        String latestDate;
        if (line.latest() != null) {
            latest = number(line.latest().value(), line.unit());
            latestDate = DAY.format(line.latest().asAt());
        } else if (line.reported() != null) {
            latest = number(line.reported().value(), line.unit()) + " (reported)";
            latestDate = DAY.format(line.reported().asAt());
        } else if (!line.breakdown().isEmpty()) {
            latest = String.join("; ", line.breakdown().stream()
                    .map(b -> b.breakdown() + ": " + number(b.value(), line.unit())).toList());
            latestDate = DAY.format(line.breakdown().getFirst().asAt());
        } else {
            latest = "No value";
            latestDate = "";
        }
        String target = targetText(line);
        BigDecimal england = englandValue(line);
        return new MeasureCard(strategyId, line.measureId(), line.title(), group.id(), group.name(),
                spec == null ? null : spec.area(), spec == null ? List.of() : spec.priorities() == null ? List.of() : spec.priorities(),
                owner(doc, line, spec), latest, latestDate, target, england == null ? "Not held" : number(england, line.unit()),
                line.rag(), ragText(line), direction(line.direction()),
                line.dataQuality().stream().map(ScorecardReading::words).toList(),
                trend(strategyId, line, width, height), exception(line));
    }

    private String trend(String strategyId, StrategyScorecardView.Line line, int width, int height) {
        List<TrendChart.Point> points = observations.observations(strategyId, line.measureId()).stream()
                .filter(o -> o.breakdown() == null && o.value() != null)
                .sorted(Comparator.comparing(ObservationView::asAt))
                .map(o -> new TrendChart.Point(o.asAt(), o.value())).toList();
        return TrendChart.svg(line.title(), points, line.target() == null ? null : line.target().value(),
                englandValue(line), TREND_POINTS, width, height);
    }

    /**
     * Who answers for the measure: the owning partner the scorecard names (ADR 0025), by its name in the strategy.
     * A measure without an owner shows who leads its first priority's work (the owner of that priority's first
     * action), said as such, else none.
     */
    private static String owner(StrategyDocument doc, StrategyScorecardView.Line line, StrategyDocument.MeasureSpec spec) {
        if (line.owner() != null) {
            return doc.partners() == null ? line.owner() : doc.partners().stream()
                    .filter(p -> p != null && line.owner().equals(p.id()) && p.name() != null)
                    .map(StrategyDocument.Partner::name).findFirst().orElse(line.owner());
        }
        if (spec == null || spec.priorities() == null || spec.priorities().isEmpty() || doc.actionPlan() == null) {
            return null;
        }
        String priority = spec.priorities().getFirst();
        return doc.actionPlan().stream().filter(a -> a.priorities() != null && a.priorities().contains(priority))
                .map(StrategyDocument.Action::owner).filter(Objects::nonNull).findFirst()
                .map(lead -> lead + " (leads the measure's priority; no owner named)").orElse(null);
    }

    /** Notes the strategy holds about the measure: on its observations, targets and benchmarks. */
    private static List<String> commentary(StrategyScorecardView.Line line, StrategyDocument.MeasureSpec spec) {
        Map<String, String> notes = new LinkedHashMap<>();
        var story = line.commentary();
        if (story != null) {
            // the owner's story behind the figure for the period, with the rating the owner reports
            String period = story.periodLabel() != null ? story.periodLabel()
                    : story.asAt() != null ? DAY.format(story.asAt()) : "";
            notes.put("commentary", period + ": " + nz(story.narrative())
                    + (story.reportedRating() == null ? "" : " (reported: " + words(story.reportedRating()) + ")")
                    + (story.actions().isEmpty() ? "" : " Actions: " + String.join("; ", story.actions()))
                    + (story.author() == null ? "" : " (" + story.author() + ")"));
        }
        if (line.rating() != null) {
            notes.put("rating", "On the partnership's own scale: " + line.rating());
        }
        if (spec == null) {
            return List.copyOf(notes.values());
        }
        if (spec.observations() != null) {
            spec.observations().stream().filter(o -> o.note() != null)
                    .forEach(o -> notes.putIfAbsent(o.note(), o.asAt() + ": " + o.note()));
        }
        if (spec.targets() != null) {
            spec.targets().stream().filter(t -> t.note() != null).forEach(t -> notes.putIfAbsent(t.note(), "Target: " + t.note()));
        }
        if (spec.benchmarks() != null) {
            spec.benchmarks().stream().filter(b -> b.note() != null)
                    .forEach(b -> notes.putIfAbsent(b.note(), "Benchmark (" + nz(b.label()) + "): " + b.note()));
        }
        return List.copyOf(notes.values());
    }

    private static String exception(StrategyScorecardView.Line line) {
        if ("RED".equals(line.rag())) {
            return "Off track";
        }
        return line.dataQuality().stream().filter(EXCEPTIONAL_QUALITY::contains).findFirst()
                .map(ScorecardReading::words).orElse(null);
    }

    private static BigDecimal englandValue(StrategyScorecardView.Line line) {
        return line.benchmarks().stream().filter(b -> "ENGLAND".equals(b.comparator()) && b.value() != null)
                .max(Comparator.comparing(b -> b.asAt() == null ? LocalDate.MIN : b.asAt()))
                .map(StrategyDocument.Benchmark::value).orElse(null);
    }

    private static StrategyDocument.MeasureSpec spec(StrategyDocument doc, String measureId) {
        return doc.measures() == null ? null : doc.measures().stream()
                .filter(m -> m != null && measureId.equals(m.id())).findFirst().orElse(null);
    }

    private static int count(List<MeasureCard> cards, String rag) {
        return (int) cards.stream().filter(c -> rag.equals(c.rag())).count();
    }

    /**
     * The target in force in words: a value, a range or a change from the baseline, and when it is due. Seed plans
     * often set none for a measure they only watch: that is said, rather than an empty figure.
     */
    static String targetText(StrategyScorecardView.Line line) {
        var t = line.target();
        if (t == null) {
            return "No target set";
        }
        String figure = t.value() != null ? number(t.value(), line.unit())
                : t.low() != null && t.high() != null ? number(t.low(), line.unit()) + " to " + number(t.high(), line.unit())
                : t.low() != null ? "at least " + number(t.low(), line.unit())
                : t.high() != null ? "at most " + number(t.high(), line.unit())
                : t.changePercent() != null ? t.changePercent().stripTrailingZeros().toPlainString() + "% change on the baseline"
                : "Set, without a figure";
        return figure + (t.by() != null ? " by " + DAY.format(t.by())
                : t.year() != null ? " (year " + t.year() + " of the plan)"
                : t.horizon() != null ? " (" + t.horizon().toLowerCase(Locale.ROOT).replace('_', ' ') + ")" : "");
    }

    /** The RAG in words; a measure not rated says why (no target, or no value to judge). */
    static String ragText(StrategyScorecardView.Line line) {
        if (!"NONE".equals(line.rag()) && line.rag() != null) {
            return ragText(line.rag());
        }
        if (line.target() == null) {
            return "Not rated: no target set";
        }
        if (line.latest() == null && line.breakdown().isEmpty()) {
            return "Not rated: no value yet";
        }
        return ragText("NONE");
    }

    static String ragText(String rag) {
        return switch (rag) {
            case "RED" -> "Red: off track";
            case "AMBER" -> "Amber: at risk";
            case "GREEN" -> "Green: on track";
            default -> "No RAG";
        };
    }

    static String direction(String direction) {
        return switch (direction) {
            case "IMPROVING" -> "Improving";
            case "WORSENING" -> "Worsening";
            case "NO_CHANGE" -> "No change";
            default -> "Not known";
        };
    }

    static String number(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        String text = value.stripTrailingZeros().toPlainString();
        if (unit == null) {
            return text;
        }
        return switch (unit) {
            case "PERCENTAGE" -> text + "%";
            case "COUNT" -> text;
            case "DAYS" -> text + " days";
            case "RATE_PER_1000" -> text + " per 1,000";
            case "RATE_PER_10000" -> text + " per 10,000";
            case "RATE_PER_100000" -> text + " per 100,000";
            case "SCORE" -> text + " (score)";
            default -> text;
        };
    }

    static String words(String code) {
        if (code == null) {
            return "";
        }
        String lower = code.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    /** Counts of cards by RAG, for tests and the page's summary. */
    static Map<String, Integer> byRag(List<MeasureCard> cards) {
        Map<String, Integer> counts = new TreeMap<>();
        cards.forEach(c -> counts.merge(c.rag(), 1, Integer::sum));
        return counts;
    }
}

package org.cypf.governance.strategy.application;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cypf.governance.api.strategy.StrategyDocument.MeasureSpec;
import org.cypf.governance.api.strategy.StrategyDocument.Observation;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.strategy.domain.PeriodLabels;
import org.cypf.kernel.problem.Violations;

/**
 * Checks a whole strategy document before anything is stored, naming each offending field by its path in the
 * document ({@code measures[3].outcome}): required fields, identifiers, unique ids, references between sections,
 * periods, units and values. The JSON Schema in docs/strategies says the same for tools.
 */
final class StrategyValidation {
    static final Set<String> UNITS = Set.of("COUNT", "PERCENTAGE", "RATE_PER_1000", "RATE_PER_10000",
            "RATE_PER_100000", "SCORE", "DAYS");
    static final Set<String> POLARITIES = Set.of("HIGHER_IS_BETTER", "LOWER_IS_BETTER", "NEITHER");
    static final Set<String> FREQUENCIES = Set.of("MONTHLY", "QUARTERLY", "TERMLY", "ANNUAL", "AD_HOC");
    private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final int MAX_ID_LENGTH = 80;
    static final Set<String> STATES = Set.of("DRAFT", "SUBMITTED", "APPROVED");
    static final Set<String> RAGS = Set.of("RED", "AMBER", "GREEN");
    static final Set<String> LINK_KINDS = Set.of("outcome", "priority", "project", "standard", "measure");
    /** The most observations one document or one submission may carry (docs/strategies/README.md, "Limits"). */
    static final int MAX_OBSERVATIONS = 10_000;

    private final Violations v = new Violations();
    private final StrategyDocument d;

    private StrategyValidation(StrategyDocument document) {
        this.d = document;
    }

    /** @throws org.cypf.kernel.problem.InvalidInput listing every violation */
    static void check(StrategyDocument document) {
        var validation = new StrategyValidation(document);
        validation.run();
        validation.v.throwIfAny();
    }

    /** Observation rows checked against the measure they belong to (also used for submissions). */
    static void checkObservation(Violations v, String path, MeasureSpec measure, Observation o) {
        checkObservation(v, path, measure, o, false);
    }

    static void checkObservation(Violations v, String path, MeasureSpec measure, Observation o, boolean submission) {
        if (o == null) {
            v.add(path, "is required");
            return;
        }
        v.check(o.asAt() != null || PeriodLabels.end(o.periodLabel()).isPresent(), path + ".asAt",
                "is required, unless periodLabel names a period CYPF can date (" + PeriodLabels.FORMS + ")");
        if (o.state() != null) {
            v.check(STATES.contains(o.state()), path + ".state", "must be DRAFT, SUBMITTED or APPROVED");
            v.check(measure == null || measure.owner() == null || !"APPROVED".equals(o.state()) || !submission,
                    path + ".state", "a value of an owned measure is approved by its owner or the performance team"
                            + " through .../observations/approvals, not submitted as approved");
        }
        v.check(o.value() != null, path + ".value", "is required");
        if (o.periodStart() != null && o.asAt() != null) {
            v.check(!o.periodStart().isAfter(o.asAt()), path + ".periodStart", "must not be after asAt");
        }
        if (o.status() != null) {
            v.check(o.status().equals("PROVISIONAL") || o.status().equals("FINAL"), path + ".status", "must be PROVISIONAL or FINAL");
        }
        if (o.numerator() != null) {
            v.check(o.numerator() >= 0, path + ".numerator", "must not be negative");
        }
        boolean valueSound = o.value() == null || checkValue(v, path + ".value", measure == null ? null : measure.unit(),
                o.value());
        if (o.denominator() != null) {
            v.check(o.denominator() > 0, path + ".denominator", "must be positive");
            if (o.numerator() != null && o.denominator() > 0 && o.numerator() >= 0) {
                // (an unknown measure is reported on its own; its unit is not known)
                boolean fits = o.numerator() <= o.denominator() || measure == null || !"PERCENTAGE".equals(measure.unit());
                v.check(fits, path + ".numerator", "must not exceed the denominator for a percentage");
                if (fits && valueSound && measure != null && o.value() != null) {
                    BigDecimal per = PER.get(measure.unit());
                    if (per != null && !consistent(o.value(), o.numerator(), o.denominator(), per)) {
                        v.add(path + ".value", "does not agree with numerator / denominator x " + per.toPlainString()
                                + " (to within one unit of the last decimal place the value is written to)");
                    }
                }
            }
        }
    }

    /** How many a rate or percentage is "per": the value must be numerator / denominator times this. */
    private static final java.util.Map<String, BigDecimal> PER = java.util.Map.of("PERCENTAGE", BigDecimal.valueOf(100),
            "RATE_PER_1000", BigDecimal.valueOf(1000), "RATE_PER_10000", BigDecimal.valueOf(10_000),
            "RATE_PER_100000", BigDecimal.valueOf(100_000));
    /** The largest size of a value (exclusive) and the most decimal places: far beyond any measure, far below harm. */
    static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");
    static final int MAX_DECIMAL_PLACES = 6;

    /** Within one unit of the last decimal place written: 66.9 for 868 / 1297 (66.92 %), 67 for 66.6. */
    private static boolean consistent(BigDecimal value, long numerator, long denominator, BigDecimal per) {
        BigDecimal exact = per.multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), MAX_DECIMAL_PLACES + 2, java.math.RoundingMode.HALF_UP);
        BigDecimal unitInLastPlace = BigDecimal.ONE.movePointLeft(Math.max(0, value.scale()));
        return value.subtract(exact).abs().compareTo(unitInLastPlace) <= 0;
    }

    /** False (and the reason added) when the value is out of bounds or of range for its unit. */
    static boolean checkValue(Violations v, String path, String unit, BigDecimal value) {
        if (value.abs().compareTo(MAX_VALUE) >= 0 || value.stripTrailingZeros().scale() > MAX_DECIMAL_PLACES) {
            v.add(path, "must be less than 1000000000000 in size, with at most " + MAX_DECIMAL_PLACES + " decimal places");
            return false;
        }
        int before = v.list().size();
        checkUnit(v, path, unit, value);
        return v.list().size() == before;
    }

    private static void checkUnit(Violations v, String path, String unit, BigDecimal value) {
        if ("PERCENTAGE".equals(unit)) {
            v.check(value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0, path, "a percentage must be between 0 and 100");
        } else if (unit != null && !"SCORE".equals(unit)) {
            v.check(value.signum() >= 0, path, "must not be negative for a " + unit.toLowerCase().replace('_', ' '));
        }
    }

    private void run() {
        required("id", d.id());
        if (d.id() != null) {
            v.check(d.id().matches(ID) && d.id().length() <= MAX_ID_LENGTH, "id",
                    "must be kebab-case letters and digits, at most " + MAX_ID_LENGTH + " characters, e.g. stoke-room-to-grow-2020-2024");
        }
        required("title", d.title());
        if (d.partnership() == null) {
            v.add("partnership", "is required");
        } else {
            required("partnership.name", d.partnership().name());
            required("partnership.area", d.partnership().area());
        }
        if (d.period() == null) {
            v.add("period", "is required");
        } else {
            v.check(d.period().start() != null, "period.start", "is required");
            v.check(d.period().end() != null, "period.end", "is required");
            if (d.period().start() != null && d.period().end() != null) {
                v.check(d.period().end().isAfter(d.period().start()), "period.end", "must be after the start");
            }
        }
        v.check(d.outcomes() != null && !d.outcomes().isEmpty(), "outcomes", "a strategy needs at least one outcome");
        v.check(d.priorities() != null && !d.priorities().isEmpty(), "priorities", "a strategy needs at least one priority");
        v.check(d.measures() != null, "measures", "is required (an empty list if the strategy has none yet)");

        Set<String> outcomes = ids("outcomes", d.outcomes(), StrategyDocument.Outcome::id);
        Set<String> areas = ids("areas", d.areas(), StrategyDocument.Area::id);
        Set<String> horizons = ids("horizons", d.horizons(), StrategyDocument.Horizon::id);
        Set<String> priorities = ids("priorities", d.priorities(), StrategyDocument.Priority::id);
        Set<String> partners = ids("partners", d.partners(), StrategyDocument.Partner::id);
        Set<String> measures = ids("measures", d.measures(), MeasureSpec::id);
        var programme = d.programme();
        Set<String> projects = ids("programme.projects", programme == null ? null : programme.projects(),
                StrategyDocument.Project::id);
        ids("programme.risks", programme == null ? null : programme.risks(), StrategyDocument.Risk::id);
        ids("actionPlan", d.actionPlan(), StrategyDocument.Action::id);
        Set<String> boards = ids("boards", d.boards(), StrategyDocument.Board::id);

        texts("obsessions", d.obsessions());
        texts("challenges", d.challenges());
        each(d.principles(), "principles", (p, pr) -> required(p + ".title", pr.title()));
        each(d.mnemonics(), "mnemonics", (p, m) -> {
            required(p + ".name", m.name());
            v.check(m.letters() != null && !m.letters().isEmpty(), p + ".letters", "is required");
            each(m.letters(), p + ".letters", (lp, l) -> {
                v.check(l.letter() != null && l.letter().matches("[A-Z]"), lp + ".letter", "must be one capital letter");
                required(lp + ".statement", l.statement());
            });
        });
        each(d.alignments(), "alignments", (p, a) -> {
            required(p + ".plan", a.plan());
            required(p + ".item", a.item());
        });
        each(d.outcomes(), "outcomes", (p, o) -> {
            required(p + ".name", o.name());
            if (o.parent() != null) {
                v.check(outcomes.contains(o.parent()), p + ".parent", "names no outcome of this strategy");
                v.check(!o.parent().equals(o.id()), p + ".parent", "an outcome cannot be its own parent");
            }
        });
        outcomeCycles();
        Set<String> standards = ids("standards", d.standards(), StrategyDocument.Standard::id);
        each(d.standards(), "standards", (p, st) -> required(p + ".name", st.name()));
        Set<String> labels = ratingScale();
        each(d.areas(), "areas", (p, a) -> {
            required(p + ".name", a.name());
            texts(p + ".outcomes2030", a.outcomes2030());
        });
        each(d.horizons(), "horizons", (p, h) -> {
            required(p + ".name", h.name());
            v.check(h.fromYear() != null && h.fromYear() >= 1, p + ".fromYear", "must be 1 or more");
            v.check(h.toYear() != null && h.fromYear() != null && h.toYear() >= h.fromYear(), p + ".toYear",
                    "must not be before fromYear");
        });
        Set<Integer> numbers = new HashSet<>();
        Set<String> priorityLabels = new HashSet<>();
        each(d.priorities(), "priorities", (p, pr) -> {
            required(p + ".title", pr.title());
            v.check(pr.number() != null && pr.number() >= 1, p + ".number", "must be 1 or more");
            v.check(pr.number() == null || numbers.add(pr.number()), p + ".number", "is used by another priority");
            if (pr.label() != null) {
                required(p + ".label", pr.label());
                v.check(pr.label().isBlank() || priorityLabels.add(pr.label().strip()), p + ".label", "is used by another priority");
            }
            refs(p + ".outcomes", pr.outcomes(), outcomes, "outcome");
            refs(p + ".areas", pr.areas(), areas, "area");
            texts(p + ".subOutcomes", pr.subOutcomes());
        });
        each(d.partners(), "partners", (p, pa) -> required(p + ".name", pa.name()));
        each(d.measures(), "measures", (p, m) -> measure(p, m, outcomes, areas, priorities, partners, horizons, measures, labels));
        if (programme != null) {
            each(programme.projects(), "programme.projects", (p, pr) -> {
                required(p + ".title", pr.title());
                oneOf(p + ".kind", pr.kind(), Set.of("KEY", "ENABLING"), true);
                oneOf(p + ".status", pr.status(), Set.of("NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "COMPLETE"), false);
                refs(p + ".priorities", pr.priorities(), priorities, "priority");
                refs(p + ".dependsOn", pr.dependsOn(), projects, "project");
                v.check(pr.dependsOn() == null || !pr.dependsOn().contains(pr.id()), p + ".dependsOn", "a project cannot depend on itself");
                each(pr.milestones(), p + ".milestones", (mp, ms) -> {
                    required(mp + ".title", ms.title());
                    oneOf(mp + ".status", ms.status(), Set.of("NOT_STARTED", "IN_PROGRESS", "DONE", "MISSED"), false);
                });
            });
            each(programme.benefits(), "programme.benefits", (p, b) -> {
                required(p + ".title", b.title());
                refs(p + ".measures", b.measures(), measures, "measure");
                refs(p + ".projects", b.projects(), projects, "project");
            });
            each(programme.risks(), "programme.risks", (p, r) -> {
                required(p + ".title", r.title());
                v.check(r.likelihood() != null && r.likelihood() >= 1 && r.likelihood() <= 5, p + ".likelihood", "must be 1 to 5");
                v.check(r.impact() != null && r.impact() >= 1 && r.impact() <= 5, p + ".impact", "must be 1 to 5");
                refs(p + ".projects", r.projects(), projects, "project");
                texts(p + ".mitigations", r.mitigations());
            });
            each(programme.resources(), "programme.resources", (p, r) -> {
                required(p + ".title", r.title());
                refs(p + ".projects", r.projects(), projects, "project");
            });
        }
        each(d.actionPlan(), "actionPlan", (p, a) -> {
            required(p + ".title", a.title());
            refs(p + ".priorities", a.priorities(), priorities, "priority");
            oneOf(p + ".status", a.status(), Set.of("NOT_STARTED", "IN_PROGRESS", "ONGOING", "COMPLETE"), false);
        });
        each(d.boards(), "boards", (p, b) -> {
            required(p + ".name", b.name());
            refs(p + ".members", b.members(), partners, "partner");
            if (b.reportsTo() != null) {
                v.check(boards.contains(b.reportsTo()), p + ".reportsTo", "names no board of this strategy");
                v.check(!b.reportsTo().equals(b.id()), p + ".reportsTo", "a board cannot report to itself");
            }
            Set<java.time.LocalDate> dates = new HashSet<>();
            each(b.meetings(), p + ".meetings", (mp, m) -> {
                v.check(m.date() != null, mp + ".date", "is required");
                v.check(m.date() == null || dates.add(m.date()), mp + ".date", "another meeting of this board is on the same date");
                texts(mp + ".decisions", m.decisions());
                texts(mp + ".agenda", m.agenda());
                each(m.actions(), mp + ".actions", (ap, a) -> {
                    required(ap + ".title", a.title());
                    oneOf(ap + ".status", a.status(), Set.of("OPEN", "DONE", "DROPPED"), false);
                });
            });
        });
        if (d.boards() != null) {
            boardCycles();
        }
        links(outcomes, priorities, projects, standards, measures);
        if (programme != null && programme.projects() != null) {
            projectCycles(programme.projects());
        }
        if (d.measures() != null) {
            long observations = d.measures().stream().filter(Objects::nonNull)
                    .mapToLong(m -> m.observations() == null ? 0 : m.observations().size()).sum();
            v.check(observations <= MAX_OBSERVATIONS, "measures", "hold " + observations + " observations; a document may hold at most "
                    + MAX_OBSERVATIONS + " (submit the rest to .../observations, at most " + MAX_OBSERVATIONS + " rows each)");
        }
        if (d.succession() != null) {
            required("succession.replaces", d.succession().replaces());
            v.check(d.succession().replaces() == null || !d.succession().replaces().equals(d.id()), "succession.replaces",
                    "a strategy cannot replace itself");
            each(d.succession().progress(), "succession.progress", (p, pr) -> {
                required(p + ".priority", pr.priority());
                required(p + ".summary", pr.summary());
                oneOf(p + ".status", pr.status(), Set.of("ACHIEVED", "PARTLY_ACHIEVED", "NOT_ACHIEVED", "CONTINUING"), false);
            });
        }
    }

    /** An outcome that is, through others, its own parent: named at the first outcome of the loop. */
    private void outcomeCycles() {
        if (d.outcomes() == null) {
            return;
        }
        java.util.Map<String, String> parent = new java.util.HashMap<>();
        d.outcomes().stream().filter(o -> o != null && o.id() != null && o.parent() != null && !o.parent().equals(o.id()))
                .forEach(o -> parent.putIfAbsent(o.id(), o.parent()));
        Set<String> looped = new HashSet<>();
        for (int i = 0; i < d.outcomes().size(); i++) {
            var o = d.outcomes().get(i);
            if (o == null || o.id() == null || looped.contains(o.id())) {
                continue;
            }
            List<String> chain = new java.util.ArrayList<>(List.of(o.id()));
            String next = parent.get(o.id());
            while (next != null && !chain.contains(next)) {
                chain.add(next);
                next = parent.get(next);
            }
            if (o.id().equals(next)) {
                looped.addAll(chain);
                v.add("outcomes[" + i + "].parent", "makes a loop of outcomes (" + String.join(" within ", chain) + " within "
                        + o.id() + ")");
            }
        }
    }

    /** The strategy's rating scale; returns the labels its bands give, for commentary to report. */
    private Set<String> ratingScale() {
        Set<String> labels = new HashSet<>();
        var scale = d.ratingScale();
        if (scale == null) {
            return labels;
        }
        v.check(scale.bands() != null && !scale.bands().isEmpty(), "ratingScale.bands", "a rating scale needs at least one band");
        BigDecimal[] previous = {null};
        each(scale.bands(), "ratingScale.bands", (bp, b) -> {
            required(bp + ".label", b.label());
            v.check(b.label() == null || labels.add(b.label()), bp + ".label", "is used by another band");
            oneOf(bp + ".rag", b.rag(), RAGS, true);
            boolean last = b == scale.bands().getLast();
            if (last) {
                v.check(b.upToPercent() == null, bp + ".upToPercent", "the last band takes every larger shortfall, so it has no upToPercent");
            } else if (b.upToPercent() == null) {
                v.add(bp + ".upToPercent", "is required for every band but the last");
            } else {
                v.check(previous[0] == null || b.upToPercent().compareTo(previous[0]) > 0, bp + ".upToPercent",
                        "must be larger than the band before it (bands go from best to worst)");
                v.check(b.upToPercent().abs().compareTo(MAX_VALUE) < 0, bp + ".upToPercent", "is too large");
                previous[0] = b.upToPercent();
            }
        });
        return labels;
    }

    /** The linkage table: each end {@code kind/id} names an item of the document; no item linked to itself or twice. */
    private void links(Set<String> outcomes, Set<String> priorities, Set<String> projects, Set<String> standards,
                       Set<String> measures) {
        java.util.Map<String, Set<String>> known = java.util.Map.of("outcome", outcomes, "priority", priorities,
                "project", projects, "standard", standards, "measure", measures);
        Set<String> seen = new HashSet<>();
        each(d.links(), "links", (lp, l) -> {
            boolean from = end(lp + ".from", l.from(), known);
            boolean to = end(lp + ".to", l.to(), known);
            if (from && to) {
                v.check(!l.from().equals(l.to()), lp + ".to", "an item cannot be linked to itself");
                String a = l.from().compareTo(l.to()) < 0 ? l.from() + "|" + l.to() : l.to() + "|" + l.from();
                v.check(seen.add(a), lp, "repeats an earlier link (a link is shown both ways, so give it once)");
            }
        });
    }

    private boolean end(String path, String ref, java.util.Map<String, Set<String>> known) {
        if (ref == null || ref.isBlank()) {
            v.add(path, "is required");
            return false;
        }
        int slash = ref.indexOf('/');
        String kind = slash < 0 ? "" : ref.substring(0, slash);
        if (!LINK_KINDS.contains(kind)) {
            v.add(path, "must be written kind/id, the kind one of " + String.join(", ", LINK_KINDS.stream().sorted().toList()));
            return false;
        }
        boolean exists = known.get(kind).contains(ref.substring(slash + 1));
        v.check(exists, path, "names no " + kind + " of this strategy");
        return exists;
    }

    /** A board that reports, through others, to itself: named at the first board of the loop, in list order. */
    private void boardCycles() {
        java.util.Map<String, String> reportsTo = new java.util.HashMap<>();
        d.boards().stream().filter(Objects::nonNull).filter(b -> b.id() != null && b.reportsTo() != null
                && !b.reportsTo().equals(b.id())).forEach(b -> reportsTo.putIfAbsent(b.id(), b.reportsTo()));
        Set<String> named = new HashSet<>();
        for (int i = 0; i < d.boards().size(); i++) {
            var b = d.boards().get(i);
            if (b == null || b.id() == null || !reportsTo.containsKey(b.id())) {
                continue;
            }
            List<String> chain = new java.util.ArrayList<>(List.of(b.id()));
            String next = reportsTo.get(b.id());
            while (next != null && !chain.contains(next)) {
                chain.add(next);
                next = reportsTo.get(next);
            }
            if (b.id().equals(next) && named.add(String.join(">", chain.stream().sorted().toList()))) {
                chain.add(b.id());
                v.add("boards[" + i + "].reportsTo", "makes a loop of reporting lines (" + String.join(" reports to ", chain)
                        + "); each board reports upwards to a different board");
            }
        }
    }

    /** Projects depending, through others, on themselves: named at the first project of the loop. */
    private void projectCycles(List<StrategyDocument.Project> projects) {
        java.util.Map<String, List<String>> dependsOn = new java.util.HashMap<>();
        projects.stream().filter(Objects::nonNull).filter(p -> p.id() != null)
                .forEach(p -> dependsOn.putIfAbsent(p.id(), p.dependsOn() == null ? List.of() : p.dependsOn()));
        Set<String> inLoop = new HashSet<>();
        for (int i = 0; i < projects.size(); i++) {
            var p = projects.get(i);
            if (p == null || p.id() == null || inLoop.contains(p.id())) {
                continue;
            }
            List<String> path = loop(p.id(), p.id(), dependsOn, new java.util.ArrayList<>(), new HashSet<>());
            if (path != null && path.size() > 1) {
                inLoop.addAll(path);
                v.add("programme.projects[" + i + "].dependsOn", "makes a loop of dependencies (" + p.id() + " depends on "
                        + String.join(" depends on ", path.subList(1, path.size())) + " depends on " + p.id()
                        + "); a project cannot wait, through others, on itself");
            }
        }
    }

    /** A path from {@code from} back to {@code start}, or null. */
    private static List<String> loop(String start, String from, java.util.Map<String, List<String>> edges, List<String> path,
                                     Set<String> visited) {
        path.add(from);
        for (String next : edges.getOrDefault(from, List.of())) {
            if (next == null || next.equals(from)) {
                continue;
            }
            if (next.equals(start)) {
                return path;
            }
            if (visited.add(next)) {
                List<String> found = loop(start, next, edges, path, visited);
                if (found != null) {
                    return found;
                }
            }
        }
        path.removeLast();
        return null;
    }

    private void measure(String p, MeasureSpec m, Set<String> outcomes, Set<String> areas, Set<String> priorities,
                         Set<String> partners, Set<String> horizons, Set<String> measures, Set<String> labels) {
        if (m.owner() != null) {
            v.check(partners.contains(m.owner()), p + ".owner", "names no partner of this strategy");
        }
        oneOf(p + ".trajectory", m.trajectory(), Set.of("STEPPED", "INTERPOLATED"), false);
        oneOf(p + ".rollUp", m.rollUp(), Set.of("WORST", "BEST"), false);
        if (m.partOf() != null) {
            v.check(measures.contains(m.partOf()), p + ".partOf", "names no measure of this strategy");
            v.check(!m.partOf().equals(m.id()), p + ".partOf", "a measure cannot be a sub-measure of itself");
            var parent = d.measures().stream().filter(x -> x != null && m.partOf().equals(x.id())).findFirst();
            v.check(parent.isEmpty() || parent.get().partOf() == null, p + ".partOf",
                    "names a sub-measure; an indicator family has one level (indicator, then its sub-measures)");
        }
        each(m.commentary(), p + ".commentary", (cp, c) -> {
            required(cp + ".narrative", c.narrative());
            v.check(c.asAt() != null || PeriodLabels.end(c.periodLabel()).isPresent(), cp + ".asAt",
                    "is required, unless periodLabel names a period CYPF can date (" + PeriodLabels.FORMS + ")");
            if (c.reportedRating() != null) {
                v.check(labels.contains(c.reportedRating()) || RAGS.contains(c.reportedRating()), cp + ".reportedRating",
                        "must be a label of the strategy's rating scale or RED, AMBER or GREEN");
            }
            texts(cp + ".actions", c.actions());
        });
        required(p + ".title", m.title());
        oneOf(p + ".unit", m.unit(), UNITS, true);
        oneOf(p + ".polarity", m.polarity(), POLARITIES, true);
        oneOf(p + ".frequency", m.frequency(), FREQUENCIES, false);
        if (m.outcome() != null) {
            v.check(outcomes.contains(m.outcome()), p + ".outcome", "names no outcome of this strategy");
        }
        if (m.area() != null) {
            v.check(areas.contains(m.area()), p + ".area", "names no area of this strategy");
        }
        refs(p + ".priorities", m.priorities(), priorities, "priority");
        if (m.source() != null) {
            String kind = m.source().kind();
            oneOf(p + ".source.kind", kind, Set.of("COMPUTED", "SUBMITTED"), true);
            if ("COMPUTED".equals(kind)) {
                required(p + ".source.key", m.source().key());
            }
            if (m.source().partner() != null) {
                v.check(partners.contains(m.source().partner()), p + ".source.partner", "names no partner of this strategy");
            }
        }
        if (m.baseline() != null) {
            checkObservation(v, p + ".baseline", m, m.baseline());
        }
        each(m.observations(), p + ".observations", (op, o) -> checkObservation(v, op, m, o));
        Set<String> seen = new HashSet<>();
        each(m.observations(), p + ".observations", (op, o) -> v.check(o.asAt() == null
                || seen.add(Objects.toString(o.breakdown(), "") + "@" + o.asAt()), op + ".asAt",
                "another observation of this measure has the same date and breakdown"));
        each(m.targets(), p + ".targets", (tp, t) -> {
            v.check(t.value() != null || t.changePercent() != null || t.low() != null || t.high() != null, tp + ".value",
                    "is required, unless the target is relative (changePercent) or a range (low, high)");
            if (t.value() != null) {
                checkValue(v, tp + ".value", m.unit(), t.value());
            }
            boolean lowSound = t.low() == null || checkValue(v, tp + ".low", m.unit(), t.low());
            boolean highSound = t.high() == null || checkValue(v, tp + ".high", m.unit(), t.high());
            if (t.low() != null && t.high() != null && lowSound && highSound) {
                v.check(t.low().compareTo(t.high()) <= 0, tp + ".high", "must not be below low");
            }
            if (t.changePercent() != null) {
                v.check(t.value() == null, tp + ".changePercent", "give either a value or a changePercent on the baseline, not both");
                v.check(m.baseline() != null && m.baseline().value() != null, tp + ".changePercent",
                        "a relative target needs the measure's baseline to work from");
                v.check(t.changePercent().compareTo(BigDecimal.valueOf(-100)) >= 0
                        && t.changePercent().abs().compareTo(MAX_VALUE) < 0, tp + ".changePercent",
                        "must be -100 (all gone) or more");
            }
            if (t.year() != null) {
                v.check(t.year() >= 1 && t.year() <= 100, tp + ".year", "must be a strategy year from 1");
            }
            v.check(t.horizon() != null || t.by() != null || t.year() != null, tp, "needs a horizon, a strategy year or a date (by)");
            if (t.horizon() != null) {
                v.check(horizons.contains(t.horizon()), tp + ".horizon", "names no horizon of this strategy");
            }
            if (t.by() != null && d.period() != null && d.period().start() != null) {
                v.check(!t.by().isBefore(d.period().start()), tp + ".by", "is before the strategy starts");
            }
        });
        each(m.benchmarks(), p + ".benchmarks", (bp, b) -> {
            oneOf(bp + ".comparator", b.comparator(), Set.of("ENGLAND", "REGION", "STATISTICAL_NEIGHBOURS", "OTHER"), true);
            v.check(b.value() != null, bp + ".value", "is required");
            if (b.value() != null) {
                checkValue(v, bp + ".value", m.unit(), b.value());
            }
            if (b.rank() != null) {
                v.check(b.rank() >= 1 && (b.outOf() == null || b.rank() <= b.outOf()), bp + ".rank", "must be between 1 and outOf");
            }
        });
    }

    private void required(String path, String value) {
        v.check(value != null && !value.isBlank(), path, "is required");
    }

    private void oneOf(String path, String value, Set<String> allowed, boolean required) {
        if (value == null) {
            v.check(!required, path, "is required");
        } else {
            v.check(allowed.contains(value), path, "must be one of " + allowed.stream().sorted().collect(Collectors.joining(", ")));
        }
    }

    /** The ids of a list, each checked; an empty item is left to the section's own check, which names it. */
    private <T> Set<String> ids(String path, List<T> items, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        if (items == null) {
            return ids;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                continue;
            }
            String p = path + "[" + i + "]";
            String value = id.apply(items.get(i));
            if (value == null || value.isBlank()) {
                v.add(p + ".id", "is required");
            } else if (!value.matches(ID) || value.length() > MAX_ID_LENGTH) {
                v.add(p + ".id", "must be kebab-case letters and digits, at most " + MAX_ID_LENGTH + " characters");
            } else if (!ids.add(value)) {
                v.add(p + ".id", "duplicates another id in " + path);
            }
        }
        return ids;
    }

    private void refs(String path, Collection<String> refs, Set<String> known, String what) {
        if (refs == null) {
            return;
        }
        int i = 0;
        Set<String> seen = new HashSet<>();
        for (String ref : refs) {
            if (!known.contains(ref)) {
                v.add(path + "[" + i + "]", "names no " + what + " of this strategy");
            } else if (!seen.add(ref)) {
                v.add(path + "[" + i + "]", "repeats an earlier " + what);
            }
            i++;
        }
    }

    /** Lists of statements (obsessions, challenges, sub-outcomes, mitigations ...): no entry may be empty. */
    private void texts(String path, List<String> texts) {
        if (texts == null) {
            return;
        }
        for (int i = 0; i < texts.size(); i++) {
            required(path + "[" + i + "]", texts.get(i));
        }
    }

    private interface ItemCheck<T> {
        void check(String path, T item);
    }

    private <T> void each(List<T> items, String path, ItemCheck<T> check) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                v.add(path + "[" + i + "]", "must not be empty");
            } else {
                check.check(path + "[" + i + "]", item);
            }
        }
    }

}

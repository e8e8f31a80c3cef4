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
        if (o == null) {
            v.add(path, "is required");
            return;
        }
        v.check(o.asAt() != null, path + ".asAt", "is required");
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
        if (o.denominator() != null) {
            v.check(o.denominator() > 0, path + ".denominator", "must be positive");
            if (o.numerator() != null) {
                // (an unknown measure is reported on its own; its unit is not known)
                v.check(o.numerator() <= o.denominator() || measure == null || !"PERCENTAGE".equals(measure.unit()),
                        path + ".numerator",
                        "must not exceed the denominator for a percentage");
            }
        }
        if (measure != null && o.value() != null) {
            checkValue(v, path + ".value", measure.unit(), o.value());
        }
    }

    private static void checkValue(Violations v, String path, String unit, BigDecimal value) {
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
        each(d.outcomes(), "outcomes", (p, o) -> required(p + ".name", o.name()));
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
        each(d.priorities(), "priorities", (p, pr) -> {
            required(p + ".title", pr.title());
            v.check(pr.number() != null && pr.number() >= 1, p + ".number", "must be 1 or more");
            v.check(pr.number() == null || numbers.add(pr.number()), p + ".number", "is used by another priority");
            refs(p + ".outcomes", pr.outcomes(), outcomes, "outcome");
            refs(p + ".areas", pr.areas(), areas, "area");
            texts(p + ".subOutcomes", pr.subOutcomes());
        });
        each(d.partners(), "partners", (p, pa) -> required(p + ".name", pa.name()));
        each(d.measures(), "measures", (p, m) -> measure(p, m, outcomes, areas, priorities, partners, horizons));
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
            each(b.meetings(), p + ".meetings", (mp, m) -> {
                v.check(m.date() != null, mp + ".date", "is required");
                texts(mp + ".decisions", m.decisions());
                each(m.actions(), mp + ".actions", (ap, a) -> required(ap + ".title", a.title()));
            });
        });
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

    private void measure(String p, MeasureSpec m, Set<String> outcomes, Set<String> areas, Set<String> priorities,
                         Set<String> partners, Set<String> horizons) {
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
            v.check(t.value() != null, tp + ".value", "is required");
            if (t.value() != null) {
                checkValue(v, tp + ".value", m.unit(), t.value());
            }
            v.check(t.horizon() != null || t.by() != null, tp, "needs a horizon or a date (by)");
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

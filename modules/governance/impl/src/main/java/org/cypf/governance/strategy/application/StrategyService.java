package org.cypf.governance.strategy.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.strategy.MeasureObservations;
import org.cypf.governance.api.strategy.ObservationKey;
import org.cypf.governance.api.strategy.ObservationSubmission;
import org.cypf.governance.api.strategy.ObservationView;
import org.cypf.governance.api.strategy.StoredStrategy;
import org.cypf.governance.api.strategy.Strategies;
import org.cypf.governance.api.strategy.StrategyChange;
import org.cypf.governance.api.strategy.StrategyDocument.MeasureSpec;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.api.strategy.StrategyEdit;
import org.cypf.governance.api.strategy.StrategySummary;
import org.cypf.governance.strategy.domain.PeriodLabels;
import org.cypf.governance.strategy.port.StrategyStore;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Loading, editing and observing strategies. A change is checked as a whole document before anything is written,
 * made only by a partner organisation, stored with the version the caller read, and logged (who, what, when).
 */
public final class StrategyService implements Strategies, MeasureObservations {
    private static final String DOCUMENT_SOURCE = "strategy document";
    private static final String APPROVED = "APPROVED";
    private static final String SUBMITTED = "SUBMITTED";
    private static final java.util.regex.Pattern IN_COMMENTARY = java.util.regex.Pattern.compile("^measures\\[\\d+]\\.commentary\\[\\d+]\\.");

    private final UnitOfWork unitOfWork;
    private final StrategyStore store;
    private final AccessPolicy policy;
    private final Clock clock;

    public StrategyService(UnitOfWork unitOfWork, StrategyStore store, AccessPolicy policy, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public StrategySummary load(Caller caller, StrategyDocument document) {
        mayChange(caller);
        StrategyValidation.check(document);
        return unitOfWork.inTransaction(() -> {
            if (store.find(document.id()).isPresent()) {
                throw new Conflict("a strategy with id " + document.id() + " is already loaded; replace it with PUT");
            }
            store.insert(definitions(document));
            store.upsertObservations(document.id(), observations(document), caller.userId(), caller.organisation());
            store.recordChange(document.id(), 0, "loaded", caller.userId(), caller.organisation());
            return summary(document, 0);
        });
    }

    @Override
    public StrategySummary replace(Caller caller, String strategyId, StrategyDocument document, long version) {
        mayChange(caller);
        if (!Objects.equals(strategyId, document.id())) {
            throw InvalidInput.of("id", "must be the id of the strategy being replaced (" + strategyId + ")");
        }
        StrategyValidation.check(document);
        return unitOfWork.inTransaction(() -> {
            StoredStrategy stored = existing(strategyId);
            if (stored.version() == version && stored.document().equals(definitions(document))) {
                // nothing in the definitions changed: the version stays, so a client's other edits still apply
                List<ObservationSubmission> rows = observations(document);
                store.upsertObservations(strategyId, rows, caller.userId(), caller.organisation());
                if (!rows.isEmpty()) {
                    store.recordChange(strategyId, version, "replaced unchanged; " + rows.size()
                            + (rows.size() == 1 ? " observation" : " observations") + " submitted", caller.userId(),
                            caller.organisation());
                }
                return summary(document, version);
            }
            long next = store.update(definitions(document), version);
            store.upsertObservations(strategyId, observations(document), caller.userId(), caller.organisation());
            store.recordChange(strategyId, next, "replaced", caller.userId(), caller.organisation());
            return summary(document, next);
        });
    }

    @Override
    public StrategySummary edit(Caller caller, String strategyId, StrategyEdit edit, long version) {
        mayChange(caller);
        return unitOfWork.inTransaction(() -> {
            StrategyDocument current = existing(strategyId).document();
            StrategyDocument changed = apply(current, edit);
            StrategyValidation.check(changed);
            long next = store.update(definitions(changed), version);
            store.upsertObservations(strategyId, observations(changed), caller.userId(), caller.organisation());
            String section = edit.getClass().getSimpleName().toLowerCase();
            store.recordChange(strategyId, next, section + " " + edit.itemId() + " replaced", caller.userId(),
                    caller.organisation());
            return summary(changed, next);
        });
    }

    @Override
    public StrategySummary writeCommentary(Caller caller, String strategyId, String measureId,
                                           StrategyDocument.Commentary commentary) {
        mayChange(caller);
        if (commentary == null) {
            throw InvalidInput.of("$", "the commentary is required");
        }
        return unitOfWork.inTransaction(() -> {
            StoredStrategy stored = existing(strategyId);
            MeasureSpec measure = measure(stored.document(), measureId);
            if (measure == null) {
                throw new NotFound("no measure " + measureId + " in strategy " + strategyId);
            }
            ownership(caller, stored.document(), measure, "write the commentary of", null);
            var written = new StrategyDocument.Commentary(commentary.asAt(), commentary.periodLabel(),
                    commentary.narrative(), commentary.reportedRating(), commentary.actions(),
                    commentary.author() != null ? commentary.author() : caller.userId());
            LocalDate period = periodOf(written);
            List<StrategyDocument.Commentary> kept = new ArrayList<>();
            for (var c : measure.commentary() == null ? List.<StrategyDocument.Commentary>of() : measure.commentary()) {
                if (period == null || !period.equals(periodOf(c))) {
                    kept.add(c);
                }
            }
            kept.add(written);
            kept.sort(Comparator.comparing(StrategyService::periodOf, Comparator.nullsFirst(Comparator.naturalOrder())));
            MeasureSpec changedMeasure = new MeasureSpec(measure.id(), measure.title(), measure.definition(),
                    measure.outcome(), measure.area(), measure.priorities(), measure.unit(), measure.polarity(),
                    measure.frequency(), measure.source(), measure.baseline(), measure.targets(), measure.benchmarks(),
                    null, measure.owner(), measure.trajectory(), measure.partOf(), measure.rollUp(), kept);
            StrategyDocument changed = apply(stored.document(), new StrategyEdit.Measure(measureId, changedMeasure));
            try {
                StrategyValidation.check(changed);
            } catch (InvalidInput e) {
                // checked as a whole document; the commentary's fields are named as the body sent them
                throw new InvalidInput(e.violations().stream().map(v -> new FieldViolation(
                        IN_COMMENTARY.matcher(v.field()).replaceFirst(""), v.reason())).toList());
            }
            long next = store.update(definitions(changed), stored.version());
            store.recordChange(strategyId, next, "commentary on " + measureId + " for "
                    + (written.periodLabel() != null ? written.periodLabel() : String.valueOf(written.asAt()))
                    + " written", caller.userId(), caller.organisation());
            return summary(changed, next);
        });
    }

    /** The day a commentary speaks for: its date, else the end of the period its label names. */
    private static LocalDate periodOf(StrategyDocument.Commentary c) {
        return c.asAt() != null ? c.asAt() : PeriodLabels.end(c.periodLabel()).orElse(null);
    }

    @Override
    public StoredStrategy strategy(String strategyId) {
        return unitOfWork.inTransaction(() -> existing(strategyId));
    }

    @Override
    public List<StrategySummary> strategies() {
        return unitOfWork.inTransaction(() -> store.all().stream()
                .map(s -> summary(s.document(), s.version())).toList());
    }

    @Override
    public List<StrategyChange> changes(String strategyId) {
        return unitOfWork.inTransaction(() -> {
            existing(strategyId);
            return store.changes(strategyId);
        });
    }

    @Override
    public int submit(Caller caller, String strategyId, List<ObservationSubmission> rows) {
        mayChange(caller);
        if (rows == null || rows.isEmpty()) {
            throw InvalidInput.of("rows", "at least one observation is required");
        }
        if (rows.size() > StrategyValidation.MAX_OBSERVATIONS) {
            throw InvalidInput.of("rows", "at most " + StrategyValidation.MAX_OBSERVATIONS
                    + " rows per submission; send the rest in further submissions");
        }
        return unitOfWork.inTransaction(() -> {
            StoredStrategy strategy = existing(strategyId);
            var v = violations(strategy, rows);
            v.throwIfAny();
            List<ObservationSubmission> stored = new ArrayList<>();
            for (ObservationSubmission row : rows) {
                MeasureSpec measure = measure(strategy.document(), row.measureId());
                ownership(caller, strategy.document(), measure, "submit values of", null);
                stored.add(new ObservationSubmission(row.measureId(), withState(dated(row.observation()),
                        row.observation().state() != null ? row.observation().state()
                                : measure.owner() == null ? APPROVED : SUBMITTED)));
            }
            store.upsertObservations(strategyId, stored, caller.userId(), caller.organisation());
            store.recordChange(strategyId, strategy.version(),
                    rows.size() + (rows.size() == 1 ? " observation" : " observations") + " submitted", caller.userId(),
                    caller.organisation());
            return rows.size();
        });
    }

    @Override
    public List<FieldViolation> check(Caller caller, String strategyId, List<ObservationSubmission> rows) {
        mayChange(caller);
        if (rows == null || rows.isEmpty()) {
            return List.of(new FieldViolation("rows", "at least one observation is required"));
        }
        return unitOfWork.inTransaction(() -> violations(existing(strategyId), rows).list());
    }

    @Override
    public int approve(Caller caller, String strategyId, List<ObservationKey> rows) {
        mayChange(caller);
        if (rows == null || rows.isEmpty()) {
            throw InvalidInput.of("rows", "at least one value to approve is required");
        }
        if (rows.size() > StrategyValidation.MAX_OBSERVATIONS) {
            throw InvalidInput.of("rows", "at most " + StrategyValidation.MAX_OBSERVATIONS + " rows per approval");
        }
        return unitOfWork.inTransaction(() -> {
            StoredStrategy strategy = existing(strategyId);
            var v = new Violations();
            for (int i = 0; i < rows.size(); i++) {
                ObservationKey row = rows.get(i);
                String path = "rows[" + i + "]";
                if (row == null) {
                    v.add(path, "must not be empty");
                    continue;
                }
                v.check(row.asAt() != null, path + ".asAt", "is required");
                MeasureSpec measure = row.measureId() == null ? null : measure(strategy.document(), row.measureId());
                v.check(measure != null, path + ".measureId", row.measureId() == null ? "is required" : "names no measure of this strategy");
                if (measure != null && row.asAt() != null) {
                    ownership(caller, strategy.document(), measure, "approve values of",
                            store.submitter(strategyId, row.measureId(), row.breakdown(), row.asAt()).orElse(null));
                }
            }
            v.throwIfAny();
            int approved = 0;
            for (int i = 0; i < rows.size(); i++) {
                ObservationKey row = rows.get(i);
                int n = store.approve(strategyId, row.measureId(), row.breakdown(), row.asAt(), caller.userId());
                v.check(n == 1, "rows[" + i + "]", "names no submitted or draft value of this measure, part and date");
                approved += n;
            }
            v.throwIfAny(); // rolls the whole approval back
            store.recordChange(strategyId, strategy.version(), approved + (approved == 1 ? " observation" : " observations")
                    + " approved", caller.userId(), caller.organisation());
            return approved;
        });
    }

    /**
     * Asks the access policy whether the caller may {@code act} the measure's values (ADR 0025, 0027) and refuses,
     * naming the owner and the rule, when it may not.
     *
     * @param submittedBy for an approval, who submitted the value approved; null for a submission
     */
    private void ownership(Caller caller, StrategyDocument d, MeasureSpec measure, String act, String submittedBy) {
        var owner = measure.owner() == null ? null
                : d.partners().stream().filter(p -> measure.owner().equals(p.id())).findFirst().orElseThrow();
        String organisation = owner == null ? null : owner.organisation() != null ? owner.organisation() : owner.id();
        var decision = policy.measureValue(caller.organisation(), caller.roles(), caller.isSystem(), caller.userId(),
                organisation, submittedBy);
        if (decision.permitted()) {
            return;
        }
        if (AccessPolicy.SEPARATION_OF_DUTIES.equals(decision.rule())) {
            throw new AccessDenied("the value of measure " + measure.id() + " was submitted by the caller, who may "
                    + "not also approve it: another user of the owner or the performance team approves it (rule "
                    + decision.rule() + ", separation of duties)");
        }
        throw new AccessDenied("only users of " + owner.name() + " (organisation " + organisation
                + ") or the partnership's performance team (role " + AccessPolicy.PERFORMANCE_TEAM_ROLE + ") may "
                + act + " measure " + measure.id() + ", which " + owner.name() + " owns (rule " + decision.rule() + ")");
    }

    private static MeasureSpec measure(StrategyDocument d, String measureId) {
        return d.measures().stream().filter(m -> m.id().equals(measureId)).findFirst().orElse(null);
    }

    /** Every row checked against the measure it names; a measure, breakdown and date only once per submission. */
    private static Violations violations(StoredStrategy strategy, List<ObservationSubmission> rows) {
        Map<String, MeasureSpec> measures = new HashMap<>();
        strategy.document().measures().forEach(m -> measures.put(m.id(), m));
        var v = new Violations();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String path = "rows[" + i + "]";
            ObservationSubmission row = rows.get(i);
            if (row == null) {
                v.add(path, "must not be empty");
                continue;
            }
            MeasureSpec measure = row.measureId() == null ? null : measures.get(row.measureId());
            if (measure == null) {
                v.add(path + ".measureId", row.measureId() == null ? "is required" : "names no measure of this strategy");
            }
            StrategyValidation.checkObservation(v, path, measure, row.observation(), true);
            LocalDate asAt = row.observation() == null ? null : dated(row.observation()).asAt();
            if (asAt != null) {
                v.check(seen.add(row.measureId() + "|" + Objects.toString(row.observation().breakdown(), "") + "|"
                        + asAt), path + ".asAt", "repeats an earlier row of this submission");
            }
        }
        return v;
    }

    @Override
    public List<ObservationView> observations(String strategyId, String measureId) {
        return unitOfWork.inTransaction(() -> {
            StoredStrategy strategy = existing(strategyId);
            if (strategy.document().measures().stream().noneMatch(m -> m.id().equals(measureId))) {
                throw new NotFound("no measure " + measureId + " in strategy " + strategyId);
            }
            return store.observations(strategyId).stream().filter(o -> o.measureId().equals(measureId)).toList();
        });
    }

    @Override
    public List<ObservationView> observations(String strategyId, String measureId, long offset, int limit) {
        return unitOfWork.inTransaction(() -> {
            knownMeasure(strategyId, measureId);
            return store.observations(strategyId, measureId, offset, limit);
        });
    }

    @Override
    public long countObservations(String strategyId, String measureId) {
        return unitOfWork.inTransaction(() -> {
            knownMeasure(strategyId, measureId);
            return store.countObservations(strategyId, measureId);
        });
    }

    private void knownMeasure(String strategyId, String measureId) {
        if (measure(existing(strategyId).document(), measureId) == null) {
            throw new NotFound("no measure " + measureId + " in strategy " + strategyId);
        }
    }

    private StoredStrategy existing(String strategyId) {
        return store.find(strategyId).orElseThrow(() -> new NotFound("no strategy with id " + strategyId));
    }

    private void mayChange(Caller caller) {
        var decision = policy.partnership(caller.organisation(), caller.isSystem(), LocalDate.now(clock));
        if (!decision.permitted()) {
            throw new AccessDenied("only partner organisations may change a strategy (rule " + decision.rule() + ")");
        }
    }

    private static StrategySummary summary(StrategyDocument d, long version) {
        return new StrategySummary(d.id(), d.title(), d.partnership().name(), d.partnership().area(),
                d.period().start(), d.period().end(), d.measures().size(), version);
    }

    /** The document as stored: measures without observations (those go to their own table). */
    static StrategyDocument definitions(StrategyDocument d) {
        List<MeasureSpec> measures = d.measures().stream().map(m -> new MeasureSpec(m.id(), m.title(), m.definition(),
                m.outcome(), m.area(), m.priorities(), m.unit(), m.polarity(), m.frequency(), m.source(), m.baseline(),
                m.targets(), m.benchmarks(), null, m.owner(), m.trajectory(), m.partOf(), m.rollUp(),
                m.commentary())).toList();
        return new StrategyDocument(d.id(), d.title(), d.partnership(), d.period(), d.vision(), d.obsessions(),
                d.principles(), d.mnemonics(), d.alignments(), d.challenges(), d.outcomes(), d.areas(), d.horizons(),
                d.priorities(), d.partners(), measures, d.programme(), d.actionPlan(), d.boards(), d.succession(),
                d.ratingScale(), d.standards(), d.links());
    }

    private static List<ObservationSubmission> observations(StrategyDocument d) {
        List<ObservationSubmission> rows = new ArrayList<>();
        for (MeasureSpec m : d.measures()) {
            if (m.observations() != null) {
                for (var o : m.observations()) {
                    // values written in the strategy are the partnership's own: approved as loaded
                    var row = dated(o.source() != null ? o : new StrategyDocument.Observation(
                            o.asAt(), o.periodStart(), o.periodLabel(), o.breakdown(), o.value(), o.numerator(),
                            o.denominator(), o.status(), DOCUMENT_SOURCE, o.note(), o.state()));
                    rows.add(new ObservationSubmission(m.id(), o.state() != null ? row : withState(row, APPROVED)));
                }
            }
        }
        return rows;
    }

    /** An observation given only with its period label ("2006/07") takes the period's last day as its date. */
    static StrategyDocument.Observation dated(StrategyDocument.Observation o) {
        if (o == null || o.asAt() != null) {
            return o;
        }
        var end = PeriodLabels.end(o.periodLabel());
        return end.isEmpty() ? o : new StrategyDocument.Observation(end.get(), o.periodStart(), o.periodLabel(),
                o.breakdown(), o.value(), o.numerator(), o.denominator(), o.status(), o.source(), o.note(), o.state());
    }

    private static StrategyDocument.Observation withState(StrategyDocument.Observation o, String state) {
        return new StrategyDocument.Observation(o.asAt(), o.periodStart(), o.periodLabel(), o.breakdown(), o.value(),
                o.numerator(), o.denominator(), o.status(), o.source(), o.note(), state);
    }

    private static StrategyDocument apply(StrategyDocument d, StrategyEdit edit) {
        return switch (edit) {
            case StrategyEdit.Measure e -> with(d, e.itemId(), e.item(), MeasureSpec::id, d.measures(),
                    list -> copy(d, list, d.priorities(), d.programme(), d.actionPlan(), d.boards()));
            case StrategyEdit.Priority e -> with(d, e.itemId(), e.item(), StrategyDocument.Priority::id, d.priorities(),
                    list -> copy(d, d.measures(), list, d.programme(), d.actionPlan(), d.boards()));
            case StrategyEdit.Action e -> with(d, e.itemId(), e.item(), StrategyDocument.Action::id, d.actionPlan(),
                    list -> copy(d, d.measures(), d.priorities(), d.programme(), list, d.boards()));
            case StrategyEdit.Board e -> with(d, e.itemId(), e.item(), StrategyDocument.Board::id, d.boards(),
                    list -> copy(d, d.measures(), d.priorities(), d.programme(), d.actionPlan(), list));
            case StrategyEdit.Risk e -> {
                var p = programme(d);
                yield with(d, e.itemId(), e.item(), StrategyDocument.Risk::id, p.risks(), list -> copy(d, d.measures(),
                        d.priorities(), new StrategyDocument.Programme(p.projects(), p.benefits(), list, p.resources()),
                        d.actionPlan(), d.boards()));
            }
            case StrategyEdit.Project e -> {
                var p = programme(d);
                yield with(d, e.itemId(), e.item(), StrategyDocument.Project::id, p.projects(), list -> copy(d,
                        d.measures(), d.priorities(), new StrategyDocument.Programme(list, p.benefits(), p.risks(),
                                p.resources()), d.actionPlan(), d.boards()));
            }
        };
    }

    private static StrategyDocument.Programme programme(StrategyDocument d) {
        return d.programme() != null ? d.programme() : new StrategyDocument.Programme(null, null, null, null);
    }

    private static <T> StrategyDocument with(StrategyDocument d, String itemId, T item, Function<T, String> id,
                                             List<T> items, Function<List<T>, StrategyDocument> rebuild) {
        if (item == null) {
            throw InvalidInput.of("$", "the replacement item is required");
        }
        if (!Objects.equals(itemId, id.apply(item))) {
            throw InvalidInput.of("id", "must equal the id of the item being replaced (" + itemId + ")");
        }
        List<T> current = items == null ? List.of() : items;
        int index = -1;
        for (int i = 0; i < current.size(); i++) {
            if (itemId.equals(id.apply(current.get(i)))) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFound("no " + itemId + " in strategy " + d.id());
        }
        List<T> changed = new ArrayList<>(current);
        changed.set(index, item);
        return rebuild.apply(List.copyOf(changed));
    }

    private static StrategyDocument copy(StrategyDocument d, List<MeasureSpec> measures,
                                         List<StrategyDocument.Priority> priorities, StrategyDocument.Programme programme,
                                         List<StrategyDocument.Action> actions, List<StrategyDocument.Board> boards) {
        return new StrategyDocument(d.id(), d.title(), d.partnership(), d.period(), d.vision(), d.obsessions(),
                d.principles(), d.mnemonics(), d.alignments(), d.challenges(), d.outcomes(), d.areas(), d.horizons(),
                priorities, d.partners(), measures, programme, actions, boards, d.succession(), d.ratingScale(),
                d.standards(), d.links());
    }

}

package org.cypf.governance.strategy.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.cypf.governance.api.strategy.ObservationSubmission;
import org.cypf.governance.api.strategy.ObservationView;
import org.cypf.governance.api.strategy.StoredStrategy;
import org.cypf.governance.api.strategy.Strategies;
import org.cypf.governance.api.strategy.StrategyChange;
import org.cypf.governance.api.strategy.StrategyDocument.MeasureSpec;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.api.strategy.StrategyEdit;
import org.cypf.governance.api.strategy.StrategySummary;
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
            existing(strategyId);
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
        return unitOfWork.inTransaction(() -> {
            StoredStrategy strategy = existing(strategyId);
            var v = violations(strategy, rows);
            v.throwIfAny();
            store.upsertObservations(strategyId, rows, caller.userId(), caller.organisation());
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
            StrategyValidation.checkObservation(v, path, measure, row.observation());
            if (row.observation() != null && row.observation().asAt() != null) {
                v.check(seen.add(row.measureId() + "|" + Objects.toString(row.observation().breakdown(), "") + "|"
                        + row.observation().asAt()), path + ".asAt", "repeats an earlier row of this submission");
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
                m.targets(), m.benchmarks(), null)).toList();
        return new StrategyDocument(d.id(), d.title(), d.partnership(), d.period(), d.vision(), d.obsessions(),
                d.principles(), d.mnemonics(), d.alignments(), d.challenges(), d.outcomes(), d.areas(), d.horizons(),
                d.priorities(), d.partners(), measures, d.programme(), d.actionPlan(), d.boards(), d.succession());
    }

    private static List<ObservationSubmission> observations(StrategyDocument d) {
        List<ObservationSubmission> rows = new ArrayList<>();
        for (MeasureSpec m : d.measures()) {
            if (m.observations() != null) {
                for (var o : m.observations()) {
                    rows.add(new ObservationSubmission(m.id(), o.source() != null ? o : new StrategyDocument.Observation(
                            o.asAt(), o.periodStart(), o.periodLabel(), o.breakdown(), o.value(), o.numerator(),
                            o.denominator(), o.status(), DOCUMENT_SOURCE, o.note())));
                }
            }
        }
        return rows;
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
                priorities, d.partners(), measures, programme, actions, boards, d.succession());
    }

}

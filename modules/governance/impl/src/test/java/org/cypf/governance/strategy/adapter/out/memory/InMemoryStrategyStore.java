package org.cypf.governance.strategy.adapter.out.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.cypf.governance.api.strategy.ObservationSubmission;
import org.cypf.governance.api.strategy.ObservationView;
import org.cypf.governance.api.strategy.StoredStrategy;
import org.cypf.governance.api.strategy.StrategyChange;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.strategy.port.StrategyStore;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Strategies, their observations and their change log in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code StrategyStoreContract} as the jOOQ adapter does: written in the caller's {@link InMemoryUnitOfWork} and kept
 * when it commits. Inserting or changing a strategy holds its lock to the end of the unit of work, as the primary key
 * and the row lock hold a second writer, so of two inserts one is refused and of two changes from one version one is
 * stale. Observations are keyed as the table is, the whole value's part as '' so it orders before its parts.
 */
public final class InMemoryStrategyStore implements StrategyStore {
    private static final String WHOLE = "";

    private record Held(StrategyDocument document, long version, Instant changedAt) {}

    private record ObservationKey(String strategyId, String measureId, String breakdown, LocalDate asAt) {}

    private record Row(ObservationKey key, ObservationView view) {}

    private record Change(String strategyId, long changeId, StrategyChange change) {}

    private static final Comparator<Row> BY_MEASURE = Comparator.comparing((Row r) -> r.key().measureId())
            .thenComparing(r -> r.key().asAt()).thenComparing(r -> r.key().breakdown());

    private final InMemoryRows<String, Held> strategies = new InMemoryRows<>();
    private final InMemoryRows<ObservationKey, Row> observations = new InMemoryRows<>();
    private final InMemoryRows<Long, Change> changes = new InMemoryRows<>();
    private final AtomicLong nextChange = new AtomicLong(1);

    /** Now, to the microsecond as PostgreSQL keeps it, and after {@code previous}: a change is never at the same time. */
    private static Instant now(Instant previous) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return previous != null && !now.isAfter(previous) ? previous.plus(1, ChronoUnit.MICROS) : now;
    }

    @Override
    public Optional<StoredStrategy> find(String strategyId) {
        return strategies.find(strategyId).map(h -> new StoredStrategy(h.document(), h.version()));
    }

    @Override
    public Optional<StampedDefinitions> definitionsUnless(String strategyId, Stamp known) {
        return strategies.find(strategyId).map(h -> {
            Stamp stamp = new Stamp(h.version(), h.changedAt());
            return new StampedDefinitions(stamp, stamp.equals(known) ? null : h.document());
        });
    }

    @Override
    public List<StoredStrategy> all() {
        return strategies.where(h -> true).stream().sorted(Comparator.comparing(h -> h.document().id()))
                .map(h -> new StoredStrategy(h.document(), h.version())).toList();
    }

    @Override
    public void insert(StrategyDocument definitions) {
        strategies.lock(definitions.id());
        if (strategies.find(definitions.id()).isPresent()) {
            throw new Conflict("a strategy with id " + definitions.id() + " is already loaded; replace it with PUT");
        }
        strategies.put(definitions.id(), new Held(definitions, 0, now(null)));
    }

    @Override
    public long update(StrategyDocument definitions, long expectedVersion) {
        strategies.lock(definitions.id());
        Held held = strategies.find(definitions.id()).filter(h -> h.version() == expectedVersion)
                .orElseThrow(() -> new StaleVersion("the strategy", expectedVersion));
        strategies.put(definitions.id(), new Held(definitions, expectedVersion + 1, now(held.changedAt())));
        return expectedVersion + 1;
    }

    @Override
    public void upsertObservations(String strategyId, List<ObservationSubmission> rows, String userId,
                                   String organisation) {
        Instant now = now(null);
        for (ObservationSubmission row : rows) {
            StrategyDocument.Observation o = row.observation();
            boolean approved = o.state() == null || "APPROVED".equals(o.state());
            ObservationKey key = new ObservationKey(strategyId, row.measureId(),
                    o.breakdown() == null ? WHOLE : o.breakdown(), o.asAt());
            observations.put(key, new Row(key, new ObservationView(row.measureId(), o.breakdown(), o.periodStart(),
                    o.asAt(), o.periodLabel(), o.value(), o.numerator(), o.denominator(),
                    o.status() == null ? "FINAL" : o.status(), o.source(), userId, now, o.note(),
                    o.state() == null ? "APPROVED" : o.state(), approved ? userId : null)));
        }
    }

    private List<ObservationView> read(Predicate<Row> which) {
        return observations.where(which).stream().sorted(BY_MEASURE).map(Row::view).toList();
    }

    @Override
    public List<ObservationView> observations(String strategyId) {
        return read(r -> r.key().strategyId().equals(strategyId));
    }

    @Override
    public List<ObservationView> observations(String strategyId, String measureId, long offset, int limit) {
        return read(r -> r.key().strategyId().equals(strategyId) && r.key().measureId().equals(measureId)).stream()
                .skip(offset).limit(limit).toList();
    }

    @Override
    public long countObservations(String strategyId, String measureId) {
        return observations(strategyId, measureId, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public Optional<Latest> latestApprovedWithStamp(String strategyId, LocalDate asAt, int perSeries) {
        return strategies.find(strategyId).map(h -> {
            Map<List<String>, List<Row>> series = new LinkedHashMap<>();
            observations.where(r -> r.key().strategyId().equals(strategyId) && "APPROVED".equals(r.view().state())
                            && !r.key().asAt().isAfter(asAt))
                    .forEach(r -> series.computeIfAbsent(List.of(r.key().measureId(), r.key().breakdown()),
                            k -> new ArrayList<>()).add(r));
            List<Row> newest = new ArrayList<>();
            series.values().forEach(rows -> rows.stream().sorted(Comparator.comparing((Row r) -> r.key().asAt())
                    .reversed()).limit(perSeries).forEach(newest::add));
            return new Latest(new Stamp(h.version(), h.changedAt()),
                    newest.stream().sorted(BY_MEASURE).map(Row::view).toList());
        });
    }

    private List<Row> awaiting(String strategyId, String measureId, String breakdown, LocalDate asAt) {
        ObservationKey key = new ObservationKey(strategyId, measureId, breakdown == null ? WHOLE : breakdown, asAt);
        return observations.find(key).filter(r -> List.of("DRAFT", "SUBMITTED").contains(r.view().state()))
                .stream().toList();
    }

    @Override
    public int approve(String strategyId, String measureId, String breakdown, LocalDate asAt, String userId) {
        observations.lock(new ObservationKey(strategyId, measureId, breakdown == null ? WHOLE : breakdown, asAt));
        List<Row> rows = awaiting(strategyId, measureId, breakdown, asAt);
        for (Row r : rows) {
            ObservationView v = r.view();
            observations.put(r.key(), new Row(r.key(), new ObservationView(v.measureId(), v.breakdown(),
                    v.periodStart(), v.asAt(), v.periodLabel(), v.value(), v.numerator(), v.denominator(), v.status(),
                    v.source(), v.submittedBy(), v.submittedAt(), v.note(), "APPROVED", userId)));
        }
        return rows.size();
    }

    @Override
    public Optional<String> submitter(String strategyId, String measureId, String breakdown, LocalDate asAt) {
        return awaiting(strategyId, measureId, breakdown, asAt).stream().map(r -> r.view().submittedBy()).findFirst();
    }

    @Override
    public void recordChange(String strategyId, long version, String change, String userId, String organisation) {
        long id = nextChange.getAndIncrement();
        changes.put(id, new Change(strategyId, id, new StrategyChange(version, change, userId, organisation,
                now(null))));
    }

    @Override
    public List<StrategyChange> changes(String strategyId) {
        return changes.where(c -> c.strategyId().equals(strategyId)).stream()
                .sorted(Comparator.comparingLong(Change::changeId).reversed()).map(Change::change).toList();
    }
}

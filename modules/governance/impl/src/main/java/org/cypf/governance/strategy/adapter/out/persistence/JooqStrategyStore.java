package org.cypf.governance.strategy.adapter.out.persistence;

import static org.cypf.governance.shared.adapter.out.persistence.jooq.Tables.STRATEGY;
import static org.cypf.governance.shared.adapter.out.persistence.jooq.Tables.STRATEGY_CHANGE;
import static org.cypf.governance.shared.adapter.out.persistence.jooq.Tables.STRATEGY_OBSERVATION;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.cypf.governance.api.strategy.ObservationSubmission;
import org.cypf.governance.api.strategy.ObservationView;
import org.cypf.governance.api.strategy.StoredStrategy;
import org.cypf.governance.api.strategy.StrategyChange;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.shared.adapter.out.persistence.jooq.tables.records.StrategyObservationRecord;
import org.cypf.governance.shared.adapter.out.persistence.jooq.tables.records.StrategyRecord;
import org.cypf.governance.strategy.port.StrategyStore;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.json.JsonMapping;
import org.jooq.JSONB;

/** Strategies in {@code governance.strategy} (definitions as JSONB), their observations and their change log. */
public final class JooqStrategyStore implements StrategyStore {
    /** The whole-measure observation's breakdown in the key: '' rather than null, so the primary key holds. */
    private static final String WHOLE = "";
    private static final int BATCH = 500;
    private final ContextDatabase database;

    public JooqStrategyStore(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<StoredStrategy> find(String strategyId) {
        return database.transactionalDsl().selectFrom(STRATEGY).where(STRATEGY.STRATEGY_ID.eq(strategyId))
                .fetchOptional(JooqStrategyStore::stored);
    }

    @Override
    public Optional<StampedDefinitions> definitionsUnless(String strategyId, Stamp known) {
        // The document (JSONB, the costly part to send and parse) only when the caller's stamp is not the stored one.
        var unchanged = known == null ? org.jooq.impl.DSL.falseCondition()
                : STRATEGY.VERSION.eq(known.version()).and(STRATEGY.UPDATED_AT.eq(known.changedAt().atOffset(java.time.ZoneOffset.UTC)));
        return database.transactionalDsl()
                .select(STRATEGY.VERSION, STRATEGY.UPDATED_AT,
                        org.jooq.impl.DSL.when(unchanged, org.jooq.impl.DSL.inline((JSONB) null)).otherwise(STRATEGY.DOCUMENT))
                .from(STRATEGY).where(STRATEGY.STRATEGY_ID.eq(strategyId))
                .fetchOptional(r -> new StampedDefinitions(new Stamp(r.value1(), r.value2().toInstant()),
                        r.value3() == null ? null : document(r.value3())));
    }

    @Override
    public List<StoredStrategy> all() {
        return database.transactionalDsl().selectFrom(STRATEGY).orderBy(STRATEGY.STRATEGY_ID).fetch(JooqStrategyStore::stored);
    }

    @Override
    public void insert(StrategyDocument definitions) {
        // Two loads of one id at once both find none; the second waits for the first and then inserts nothing.
        int inserted = database.transactionalDsl().insertInto(STRATEGY)
                .set(STRATEGY.STRATEGY_ID, definitions.id())
                .set(STRATEGY.TITLE, definitions.title())
                .set(STRATEGY.DOCUMENT, json(definitions))
                .set(STRATEGY.VERSION, 0L)
                .onConflictDoNothing()
                .execute();
        if (inserted != 1) {
            throw new Conflict("a strategy with id " + definitions.id() + " is already loaded; replace it with PUT");
        }
    }

    @Override
    public long update(StrategyDocument definitions, long expectedVersion) {
        int updated = database.transactionalDsl().update(STRATEGY)
                .set(STRATEGY.TITLE, definitions.title())
                .set(STRATEGY.DOCUMENT, json(definitions))
                .set(STRATEGY.VERSION, expectedVersion + 1)
                .set(STRATEGY.UPDATED_AT, OffsetDateTime.now())
                .where(STRATEGY.STRATEGY_ID.eq(definitions.id()).and(STRATEGY.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the strategy", expectedVersion);
        }
        return expectedVersion + 1;
    }

    @Override
    public void upsertObservations(String strategyId, List<ObservationSubmission> rows, String userId, String organisation) {
        var dsl = database.transactionalDsl();
        var o_ = STRATEGY_OBSERVATION;
        List<org.jooq.Field<?>> columns = List.of(o_.STRATEGY_ID, o_.MEASURE_ID, o_.BREAKDOWN, o_.AS_AT, o_.PERIOD_START,
                o_.PERIOD_LABEL, o_.VALUE, o_.NUMERATOR, o_.DENOMINATOR, o_.STATUS, o_.SOURCE, o_.NOTE, o_.STATE,
                o_.APPROVED_BY, o_.APPROVED_AT, o_.SUBMITTED_BY, o_.ORGANISATION);
        OffsetDateTime now = OffsetDateTime.now();
        // one statement per {@value #BATCH} rows rather than one per row: a document's or a file's thousands of values
        // load in seconds. A submission never names one measure, part and date twice (its checks refuse that), so no
        // statement updates a row twice.
        for (int from = 0; from < rows.size(); from += BATCH) {
            var insert = dsl.insertInto(STRATEGY_OBSERVATION, columns);
            for (ObservationSubmission row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                var o = row.observation();
                boolean approved = o.state() == null || "APPROVED".equals(o.state());
                insert = insert.values(strategyId, row.measureId(), o.breakdown() == null ? WHOLE : o.breakdown(),
                        o.asAt(), o.periodStart(), o.periodLabel(), o.value(), o.numerator(), o.denominator(),
                        o.status() == null ? "FINAL" : o.status(), o.source(), o.note(),
                        o.state() == null ? "APPROVED" : o.state(), approved ? userId : null, approved ? now : null,
                        userId, organisation);
            }
            insert.onConflict(o_.STRATEGY_ID, o_.MEASURE_ID, o_.BREAKDOWN, o_.AS_AT)
                    .doUpdate()
                    .setAllToExcluded() // the newer submission replaces the stored one, submitter and time included
                    .execute();
        }
    }

    @Override
    public List<ObservationView> observations(String strategyId) {
        return database.transactionalDsl().selectFrom(STRATEGY_OBSERVATION)
                .where(STRATEGY_OBSERVATION.STRATEGY_ID.eq(strategyId))
                .orderBy(STRATEGY_OBSERVATION.MEASURE_ID, STRATEGY_OBSERVATION.AS_AT, STRATEGY_OBSERVATION.BREAKDOWN)
                .fetch(JooqStrategyStore::view);
    }

    @Override
    public List<ObservationView> observations(String strategyId, String measureId, long offset, int limit) {
        return database.transactionalDsl().selectFrom(STRATEGY_OBSERVATION)
                .where(STRATEGY_OBSERVATION.STRATEGY_ID.eq(strategyId).and(STRATEGY_OBSERVATION.MEASURE_ID.eq(measureId)))
                .orderBy(STRATEGY_OBSERVATION.AS_AT, STRATEGY_OBSERVATION.BREAKDOWN)
                .offset(offset).limit(limit)
                .fetch(JooqStrategyStore::view);
    }

    @Override
    public long countObservations(String strategyId, String measureId) {
        return database.transactionalDsl().fetchCount(STRATEGY_OBSERVATION,
                STRATEGY_OBSERVATION.STRATEGY_ID.eq(strategyId).and(STRATEGY_OBSERVATION.MEASURE_ID.eq(measureId)));
    }

    @Override
    public Optional<Latest> latestApprovedWithStamp(String strategyId, LocalDate asAt, int perSeries) {
        var rows = database.transactionalDsl().fetch(LATEST_WITH_STAMP, strategyId, asAt, strategyId, asAt, perSeries,
                strategyId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Stamp stamp = new Stamp(rows.get(0).get(0, Long.class), rows.get(0).get(1, OffsetDateTime.class).toInstant());
        // a strategy without approved values yet gives one row of its stamp and no value
        List<ObservationView> observations = rows.get(0).get(2) == null ? List.of()
                : rows.map(r -> new ObservationView(r.get(2, String.class),
                        WHOLE.equals(r.get(3, String.class)) ? null : r.get(3, String.class),
                        r.get(4, LocalDate.class), r.get(5, LocalDate.class), r.get(6, String.class),
                        r.get(7, java.math.BigDecimal.class), r.get(8, Long.class), r.get(9, Long.class),
                        r.get(10, String.class), r.get(11, String.class), r.get(12, String.class),
                        r.get(13, OffsetDateTime.class).toInstant(), r.get(14, String.class), r.get(15, String.class),
                        r.get(16, String.class)));
        return Optional.of(new Latest(stamp, observations));
    }

    /**
     * One statement, set-based (ADR 0093): the series (measure and part) that have an approved value by the date,
     * then for each the newest few read backwards along strategy_observation_latest, so the cost follows the number
     * of series, not the years of history behind them; beside them the stamp of the strategy's definitions (ADR
     * 0078), alone on one row when there is no value yet. Read by position: no field looked up by name.
     */
    private static final String LATEST_WITH_STAMP = """
            select s.version, s.updated_at, o.measure_id, o.breakdown, o.period_start, o.as_at, o.period_label, o.value,
                   o.numerator, o.denominator, o.status, o.source, o.submitted_by, o.submitted_at, o.note, o.state,
                   o.approved_by
              from governance.strategy s
              left join lateral (
                   select n.* from (select distinct measure_id, breakdown from governance.strategy_observation
                                     where strategy_id = ? and state = 'APPROVED' and as_at <= ?) series
                    cross join lateral (
                          select * from governance.strategy_observation n
                           where n.strategy_id = ? and n.measure_id = series.measure_id
                             and n.breakdown = series.breakdown and n.state = 'APPROVED' and n.as_at <= ?
                           order by n.as_at desc limit ?) n) o on true
             where s.strategy_id = ?
             order by o.measure_id, o.as_at, o.breakdown""";


    @Override
    public int approve(String strategyId, String measureId, String breakdown, LocalDate asAt, String userId) {
        return database.transactionalDsl().update(STRATEGY_OBSERVATION)
                .set(STRATEGY_OBSERVATION.STATE, "APPROVED")
                .set(STRATEGY_OBSERVATION.APPROVED_BY, userId)
                .set(STRATEGY_OBSERVATION.APPROVED_AT, OffsetDateTime.now())
                .where(STRATEGY_OBSERVATION.STRATEGY_ID.eq(strategyId)
                        .and(STRATEGY_OBSERVATION.MEASURE_ID.eq(measureId))
                        .and(STRATEGY_OBSERVATION.BREAKDOWN.eq(breakdown == null ? WHOLE : breakdown))
                        .and(STRATEGY_OBSERVATION.AS_AT.eq(asAt))
                        .and(STRATEGY_OBSERVATION.STATE.in("DRAFT", "SUBMITTED")))
                .execute();
    }

    @Override
    public java.util.Optional<String> submitter(String strategyId, String measureId, String breakdown, LocalDate asAt) {
        return database.transactionalDsl().select(STRATEGY_OBSERVATION.SUBMITTED_BY).from(STRATEGY_OBSERVATION)
                .where(STRATEGY_OBSERVATION.STRATEGY_ID.eq(strategyId)
                        .and(STRATEGY_OBSERVATION.MEASURE_ID.eq(measureId))
                        .and(STRATEGY_OBSERVATION.BREAKDOWN.eq(breakdown == null ? WHOLE : breakdown))
                        .and(STRATEGY_OBSERVATION.AS_AT.eq(asAt))
                        .and(STRATEGY_OBSERVATION.STATE.in("DRAFT", "SUBMITTED")))
                .fetchOptional(STRATEGY_OBSERVATION.SUBMITTED_BY);
    }

    @Override
    public void recordChange(String strategyId, long version, String change, String userId, String organisation) {
        database.transactionalDsl().insertInto(STRATEGY_CHANGE)
                .set(STRATEGY_CHANGE.STRATEGY_ID, strategyId)
                .set(STRATEGY_CHANGE.VERSION, version)
                .set(STRATEGY_CHANGE.CHANGE, change)
                .set(STRATEGY_CHANGE.USER_ID, userId)
                .set(STRATEGY_CHANGE.ORGANISATION, organisation)
                .execute();
    }

    @Override
    public List<StrategyChange> changes(String strategyId) {
        return database.transactionalDsl().selectFrom(STRATEGY_CHANGE)
                .where(STRATEGY_CHANGE.STRATEGY_ID.eq(strategyId))
                .orderBy(STRATEGY_CHANGE.CHANGE_ID.desc())
                .fetch(r -> new StrategyChange(r.getVersion(), r.getChange(), r.getUserId(), r.getOrganisation(),
                        r.getChangedAt().toInstant()));
    }

    private static StoredStrategy stored(StrategyRecord r) {
        return new StoredStrategy(document(r.getDocument()), r.getVersion());
    }

    private static StrategyDocument document(JSONB stored) {
        try {
            return JsonMapping.events().readValue(stored.data(), StrategyDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored strategy document cannot be read", e);
        }
    }

    private static JSONB json(StrategyDocument document) {
        try {
            return JSONB.valueOf(JsonMapping.events().writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strategy document cannot be written", e);
        }
    }

    private static ObservationView view(StrategyObservationRecord r) {
        return new ObservationView(r.getMeasureId(), WHOLE.equals(r.getBreakdown()) ? null : r.getBreakdown(),
                r.getPeriodStart(), r.getAsAt(), r.getPeriodLabel(), r.getValue(), r.getNumerator(), r.getDenominator(),
                r.getStatus(), r.getSource(), r.getSubmittedBy(), r.getSubmittedAt().toInstant(), r.getNote(),
                r.getState(), r.getApprovedBy());
    }
}

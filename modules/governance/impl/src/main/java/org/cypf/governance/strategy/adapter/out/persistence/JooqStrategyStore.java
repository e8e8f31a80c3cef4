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
import org.jooq.impl.DSL;

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
        // one round trip per batch rather than per row: a document's or a file's thousands of values load in seconds
        List<org.jooq.Query> batch = new java.util.ArrayList<>(Math.min(rows.size(), BATCH));
        for (ObservationSubmission row : rows) {
            var o = row.observation();
            batch.add(dsl.insertInto(STRATEGY_OBSERVATION)
                    .set(STRATEGY_OBSERVATION.STRATEGY_ID, strategyId)
                    .set(STRATEGY_OBSERVATION.MEASURE_ID, row.measureId())
                    .set(STRATEGY_OBSERVATION.BREAKDOWN, o.breakdown() == null ? WHOLE : o.breakdown())
                    .set(STRATEGY_OBSERVATION.AS_AT, o.asAt())
                    .set(STRATEGY_OBSERVATION.PERIOD_START, o.periodStart())
                    .set(STRATEGY_OBSERVATION.PERIOD_LABEL, o.periodLabel())
                    .set(STRATEGY_OBSERVATION.VALUE, o.value())
                    .set(STRATEGY_OBSERVATION.NUMERATOR, o.numerator())
                    .set(STRATEGY_OBSERVATION.DENOMINATOR, o.denominator())
                    .set(STRATEGY_OBSERVATION.STATUS, o.status() == null ? "FINAL" : o.status())
                    .set(STRATEGY_OBSERVATION.SOURCE, o.source())
                    .set(STRATEGY_OBSERVATION.NOTE, o.note())
                    .set(STRATEGY_OBSERVATION.STATE, o.state() == null ? "APPROVED" : o.state())
                    .set(STRATEGY_OBSERVATION.APPROVED_BY, "APPROVED".equals(o.state()) || o.state() == null ? userId : null)
                    .set(STRATEGY_OBSERVATION.APPROVED_AT, "APPROVED".equals(o.state()) || o.state() == null
                            ? OffsetDateTime.now() : null)
                    .set(STRATEGY_OBSERVATION.SUBMITTED_BY, userId)
                    .set(STRATEGY_OBSERVATION.ORGANISATION, organisation)
                    .onConflict(STRATEGY_OBSERVATION.STRATEGY_ID, STRATEGY_OBSERVATION.MEASURE_ID,
                            STRATEGY_OBSERVATION.BREAKDOWN, STRATEGY_OBSERVATION.AS_AT)
                    .doUpdate()
                    .setAllToExcluded()); // the newer submission replaces the stored one, submitter and time included
            if (batch.size() == BATCH) {
                dsl.batch(batch).execute();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            dsl.batch(batch).execute();
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
    public List<ObservationView> latestApproved(String strategyId, LocalDate asAt, int perSeries) {
        var dsl = database.transactionalDsl();
        var newest = DSL.rowNumber().over(DSL.partitionBy(STRATEGY_OBSERVATION.MEASURE_ID, STRATEGY_OBSERVATION.BREAKDOWN)
                .orderBy(STRATEGY_OBSERVATION.AS_AT.desc())).as("newest");
        var ranked = dsl.select(STRATEGY_OBSERVATION.asterisk(), newest).from(STRATEGY_OBSERVATION)
                .where(STRATEGY_OBSERVATION.STRATEGY_ID.eq(strategyId)
                        .and(STRATEGY_OBSERVATION.AS_AT.le(asAt))
                        .and(STRATEGY_OBSERVATION.STATE.eq("APPROVED")))
                .asTable("ranked");
        return dsl.selectFrom(ranked)
                .where(ranked.field(newest).le(perSeries))
                .orderBy(ranked.field(STRATEGY_OBSERVATION.MEASURE_ID), ranked.field(STRATEGY_OBSERVATION.AS_AT),
                        ranked.field(STRATEGY_OBSERVATION.BREAKDOWN))
                .fetch(r -> view(r.into(STRATEGY_OBSERVATION)));
    }

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
        try {
            return new StoredStrategy(JsonMapping.events().readValue(r.getDocument().data(), StrategyDocument.class),
                    r.getVersion());
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

package org.cypf.healthwellbeing.retention.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.api.access.DueRecord;
import org.cypf.governance.api.access.RecordRetention;
import org.cypf.governance.api.access.RetentionRule;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.RetentionTables;
import org.jooq.DSLContext;

/**
 * Health and wellbeing's records under the NHS retention schedule (ADR 0034): a child in care's health record to the
 * 26th birthday ({@link RetentionRule#CHILD_HEALTH}), and a mental health referral, once closed, 26 years after it
 * closed ({@link RetentionRule#MENTAL_HEALTH}). Anonymising one moves it to the child's pseudonym; its dates, checks,
 * sources and scores stay, so health's measures are the same. Records keyed by NHS number (the healthy child
 * programme, child health measurements) are not covered yet (ADR 0034).
 */
public final class JooqRecordRetention implements RecordRetention {
    static final String CARE_HEALTH = "care-health-record";
    static final String MENTAL_HEALTH = "mental-health-referral";

    private final String context;
    private final ContextDatabase database;
    private final RetentionTables tables;

    @Override
    public String context() {
        return context;
    }

    @Override
    public List<DueRecord> due(LocalDate date, long offset, int limit) {
        return tables.due(date, offset, limit).stream().map(this::record).toList();
    }

    @Override
    public long countDue(LocalDate date) {
        return tables.countDue(date);
    }

    @Override
    public Optional<DueRecord> dueRecord(String recordType, UUID recordId, LocalDate date) {
        return tables.find(recordType, recordId, date).map(this::record);
    }

    private DueRecord record(RetentionTables.Due due) {
        return new DueRecord(context, due.recordType(), due.recordId(), due.dueOn(), due.rule());
    }

    /** Once nothing here names the child, the pseudonym is forgotten: nothing links the records back. */
    private void detached(DSLContext dsl, UUID child) {
        RetentionTables.forgetIfDetached(dsl, database.schema(), child, Set.of());
    }

    public JooqRecordRetention(String context, ContextDatabase database) {
        this.context = context;
        this.database = database;
        this.tables = new RetentionTables(database, List.of(
                new RetentionTables.Kind(CARE_HEALTH, """
                        select record_id, (date_of_birth + interval '%d years')::date as due_on, '%s'::text as rule
                          from health_wellbeing.care_health_record""".formatted(
                        RetentionRule.CHILD_HEALTH.years(), RetentionRule.CHILD_HEALTH.id())),
                new RetentionTables.Kind(MENTAL_HEALTH, """
                        select referral_id as record_id, (closed_on + interval '%d years')::date as due_on,
                               '%s'::text as rule
                          from health_wellbeing.mh_referral where closed_on is not null""".formatted(
                        RetentionRule.MENTAL_HEALTH.years(), RetentionRule.MENTAL_HEALTH.id()))));
    }

    @Override
    public Optional<DueRecord> anonymise(String recordType, UUID recordId, LocalDate date) {
        String table = recordType.equals(CARE_HEALTH) ? "care_health_record" : "mh_referral";
        String id = recordType.equals(CARE_HEALTH) ? "record_id" : "referral_id";
        return tables.anonymise(recordType, recordId, date, (dsl, key) -> {
            UUID child = RetentionTables.value(dsl, UUID.class, "select child_id from health_wellbeing." + table + " where " + id + " = ?", key);
            UUID p = RetentionTables.pseudonymOf(dsl, database.schema(), child);
            dsl.execute("update health_wellbeing." + table + " set child_id = ? where " + id + " = ?", p, key);
            detached(dsl, child);
        }).map(this::record);
    }
}

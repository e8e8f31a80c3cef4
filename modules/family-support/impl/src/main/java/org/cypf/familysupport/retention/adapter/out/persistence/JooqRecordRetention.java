package org.cypf.familysupport.retention.adapter.out.persistence;

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
 * Family support's records under the national retention rules (ADR 0034): an early help episode (with the request for
 * support that opened it and its family network meetings), and a request for support that opened no episode, are
 * kept 25 years after they closed ({@link RetentionRule#EARLY_HELP}); an open episode is never due. Anonymising one
 * moves it to the child's pseudonym and replaces what the family said in their own words (the need, goals, review
 * notes, the family's plan, who consented, who attended) with a mark; dates, headlines, outcomes and closure reasons
 * stay, so the Supporting Families counts are the same.
 */
public final class JooqRecordRetention implements RecordRetention {
    static final String EPISODE = "early-help-episode";
    static final String REQUEST = "request-for-support";
    private static final String MARK = "[anonymised]";

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

    /**
     * Once nothing here names the child but their family grouping, the pseudonym is forgotten and the child leaves the
     * grouping (it only linked records that no longer name the child): nothing links the records back.
     */
    private void detached(DSLContext dsl, UUID child) {
        if (RetentionTables.forgetIfDetached(dsl, database.schema(), child, Set.of("family_child"))) {
            dsl.execute("delete from family_support.family_child where child_id = ?", child);
        }
    }

    public JooqRecordRetention(String context, ContextDatabase database) {
        this.context = context;
        this.database = database;
        int years = RetentionRule.EARLY_HELP.years();
        String rule = RetentionRule.EARLY_HELP.id();
        this.tables = new RetentionTables(database, List.of(
                new RetentionTables.Kind(EPISODE, """
                        select episode_id as record_id, (closed_on + interval '%d years')::date as due_on, '%s'::text as rule
                          from family_support.early_help_episode where closed_on is not null""".formatted(years, rule)),
                new RetentionTables.Kind(REQUEST, """
                        select r.request_id as record_id,
                               (greatest(r.received_on, r.triaged_on, r.provider_decided_on) + interval '%d years')::date
                                 as due_on, '%s'::text as rule
                          from family_support.request_for_support r
                         where r.triage_outcome is not null and not exists
                               (select 1 from family_support.early_help_episode e where e.request_id = r.request_id)"""
                        .formatted(years, rule))));
    }

    @Override
    public Optional<DueRecord> anonymise(String recordType, UUID recordId, LocalDate date) {
        return tables.anonymise(recordType, recordId, date, (dsl, id) -> {
            if (recordType.equals(EPISODE)) {
                episode(dsl, id);
            } else {
                request(dsl, id);
            }
        }).map(this::record);
    }

    private void episode(DSLContext dsl, UUID episodeId) {
        var row = dsl.fetchSingle("select child_id, request_id from family_support.early_help_episode where episode_id = ?",
                episodeId);
        UUID child = row.get("child_id", UUID.class);
        UUID p = RetentionTables.pseudonymOf(dsl, database.schema(), child);
        dsl.execute("""
                update family_support.early_help_episode
                   set child_id = ?, step_up_reason = case when step_up_reason is null then null else ? end
                 where episode_id = ?""", p, MARK, episodeId);
        dsl.execute("update family_support.early_help_goal set goal = ? where episode_id = ?", MARK, episodeId);
        dsl.execute("update family_support.early_help_review set progress = ? where episode_id = ?", MARK, episodeId);
        dsl.execute("""
                update family_support.family_network_meeting
                   set child_id = ?, family_plan = case when family_plan is null then null else ? end
                 where episode_id = ?""", p, MARK, episodeId);
        dsl.execute("""
                update family_support.family_network_attendee set name = ?
                 where meeting_id in (select meeting_id from family_support.family_network_meeting where episode_id = ?)""",
                MARK, episodeId);
        requestMoved(dsl, row.get("request_id", UUID.class), p);
        detached(dsl, child);
    }

    private void request(DSLContext dsl, UUID requestId) {
        UUID child = RetentionTables.value(dsl, UUID.class, "select child_id from family_support.request_for_support where request_id = ?", requestId);
        requestMoved(dsl, requestId, RetentionTables.pseudonymOf(dsl, database.schema(), child));
        detached(dsl, child);
    }

    private static void requestMoved(DSLContext dsl, UUID requestId, UUID pseudonym) {
        dsl.execute("""
                update family_support.request_for_support
                   set child_id = ?, need = ?, consent_given_by = case when consent_given_by is null then null else ? end
                 where request_id = ?""", pseudonym, MARK, MARK, requestId);
    }
}

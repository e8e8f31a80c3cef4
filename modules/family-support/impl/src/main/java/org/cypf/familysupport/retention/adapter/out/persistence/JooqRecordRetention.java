package org.cypf.familysupport.retention.adapter.out.persistence;

import static org.cypf.platform.db.RetentionTables.MARK;

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
import org.cypf.platform.db.RetentionTables.Kind;

/**
 * Family support's records under the national retention rules (ADR 0034, ADR 0036), declared as data for the
 * platform's one retention loop: an early help episode (with the request for support that opened it and its family
 * network meetings), a request for support that opened no episode, and a child's enrolment on a programme (Family
 * Matters, HAF, a parenting programme, with its sessions) are kept 25 years after they closed
 * ({@link RetentionRule#EARLY_HELP}); an open episode, and an enrolment that is part of one, is never due. Anonymising
 * one moves it to the child's pseudonym and replaces what the family said in their own words (the need, goals, review
 * notes, the family's plan, who consented, who attended, the programme's participant) with a mark; dates, headlines,
 * outcomes, sessions and closure reasons stay, so the Supporting Families counts and programmes' reach are the same.
 * The child's place in a family grouping goes with their last record.
 */
public final class JooqRecordRetention implements RecordRetention {
    static final String EPISODE = "early-help-episode";
    static final String REQUEST = "request-for-support";
    static final String ENROLMENT = "programme-enrolment";

    private static final String REQUEST_MOVED = """
            update family_support.request_for_support
               set child_id = :pseudonym, need = '%1$s',
                   consent_given_by = case when consent_given_by is null then null else '%1$s' end
             where request_id = %2$s""";

    private final String context;
    private final RetentionTables tables;

    public JooqRecordRetention(String context, ContextDatabase database) {
        this.context = context;
        int years = RetentionRule.EARLY_HELP.years();
        String rule = RetentionRule.EARLY_HELP.id();
        this.tables = new RetentionTables(database, List.of(
                new Kind(EPISODE, """
                        select episode_id as record_id, child_id, (closed_on + interval '%d years')::date as due_on,
                               '%s'::text as rule
                          from family_support.early_help_episode where closed_on is not null""".formatted(years, rule),
                        List.of("""
                                update family_support.early_help_episode
                                   set child_id = :pseudonym,
                                       step_up_reason = case when step_up_reason is null then null else '%1$s' end
                                 where episode_id = :record""".formatted(MARK),
                                "update family_support.early_help_goal set goal = '" + MARK + "' where episode_id = :record",
                                "update family_support.early_help_review set progress = '" + MARK
                                        + "' where episode_id = :record",
                                """
                                update family_support.family_network_meeting
                                   set child_id = :pseudonym,
                                       family_plan = case when family_plan is null then null else '%1$s' end
                                 where episode_id = :record""".formatted(MARK),
                                """
                                update family_support.family_network_attendee set name = '%1$s'
                                 where meeting_id in (select meeting_id from family_support.family_network_meeting
                                                       where episode_id = :record)""".formatted(MARK),
                                REQUEST_MOVED.formatted(MARK, "(select request_id from family_support.early_help_episode"
                                        + " where episode_id = :record)"))),
                new Kind(REQUEST, """
                        select r.request_id as record_id, r.child_id,
                               (greatest(r.received_on, r.triaged_on, r.provider_decided_on) + interval '%d years')::date
                                 as due_on, '%s'::text as rule
                          from family_support.request_for_support r
                         where r.triage_outcome is not null and not exists
                               (select 1 from family_support.early_help_episode e where e.request_id = r.request_id)"""
                        .formatted(years, rule), List.of(REQUEST_MOVED.formatted(MARK, ":record"))),
                new Kind(ENROLMENT, """
                        select e.enrolment_id as record_id, e.child_id,
                               (greatest(e.enrolled_on, s.last_session_on, ep.closed_on) + interval '%d years')::date
                                 as due_on, '%s'::text as rule
                          from family_support.programme_enrolment e
                          left join family_support.early_help_episode ep on ep.episode_id = e.episode_id
                          cross join lateral (select max(session_on) as last_session_on
                                                from family_support.programme_session ps
                                               where ps.enrolment_id = e.enrolment_id) s
                         where e.episode_id is null or ep.closed_on is not null""".formatted(years, rule), List.of("""
                        update family_support.programme_enrolment
                           set child_id = :pseudonym, participant = case when participant is null then null else '%1$s' end
                         where enrolment_id = :record""".formatted(MARK)))),
                // A family grouping (ADR 0069) only links the child's records: it is not a record of its own, and
                // goes once the child's last family support record is anonymised.
                new RetentionTables.Detachment(List.of(), Set.of("family_child"),
                        List.of("delete from family_support.family_child where child_id = :child")));
    }

    @Override
    public String context() {
        return context;
    }

    @Override
    public List<DueRecord> due(LocalDate date, Set<UUID> held, long offset, int limit) {
        return tables.due(date, held, offset, limit).stream().map(this::record).toList();
    }

    @Override
    public long countDue(LocalDate date) {
        return tables.countDue(date);
    }

    @Override
    public Optional<DueRecord> dueRecord(String recordType, UUID recordId, LocalDate date, Set<UUID> held) {
        return tables.find(recordType, recordId, date, held).map(this::record);
    }

    @Override
    public Optional<DueRecord> anonymise(String recordType, UUID recordId, LocalDate date, Set<UUID> held) {
        return tables.anonymise(recordType, recordId, date, held).map(this::record);
    }

    private DueRecord record(RetentionTables.Due due) {
        return new DueRecord(context, due.recordType(), due.recordId(), due.dueOn(), due.rule(), due.held());
    }
}

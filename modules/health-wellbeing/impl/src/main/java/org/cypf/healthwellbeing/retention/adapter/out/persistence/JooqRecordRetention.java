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
import org.cypf.platform.db.RetentionTables.Kind;

/**
 * Health and wellbeing's records under the NHS retention schedule and the SEND rule (ADR 0034, ADR 0036), declared as
 * data for the platform's one retention loop:
 * <ul>
 *   <li>a child in care's health record, the healthy child programme (with its reviews and school nursing contacts)
 *   and a child's health observations, to the 26th birthday ({@link RetentionRule#CHILD_HEALTH});</li>
 *   <li>a mental health referral, once closed, 26 years after it closed ({@link RetentionRule#MENTAL_HEALTH});</li>
 *   <li>a request for an EHC needs assessment, with its advice, plan and SEN2 details, once concluded (withdrawn, not
 *   assessed, not issued, or the plan ceased), to the 31st birthday ({@link RetentionRule#SEND_RECORD}).</li>
 * </ul>
 * Anonymising moves a record to the child's pseudonym (records keyed by NHS number to a pseudonymous number) and
 * clears what identifies the child (NHS number, UPN, ULN, names, postcode, free text); dates, checks, codes and scores
 * stay, so every measure and the SEN2 counts are the same.
 */
public final class JooqRecordRetention implements RecordRetention {
    static final String CARE_HEALTH = "care-health-record";
    static final String MENTAL_HEALTH = "mental-health-referral";
    static final String HEALTHY_CHILD = "healthy-child-programme";
    static final String OBSERVATIONS = "child-health-observations";
    static final String EHC_REQUEST = "ehc-request";

    private static final String PSEUDONYMOUS_NHS_NUMBER =
            "(select nhs_number from health_wellbeing.retention_pseudonym where pseudonym = :pseudonym)";

    private final String context;
    private final RetentionTables tables;

    public JooqRecordRetention(String context, ContextDatabase database) {
        this.context = context;
        RetentionRule health = RetentionRule.CHILD_HEALTH;
        RetentionRule send = RetentionRule.SEND_RECORD;
        this.tables = new RetentionTables(database, List.of(
                new Kind(CARE_HEALTH, """
                        select record_id, child_id, (date_of_birth + interval '%d years')::date as due_on, '%s'::text as rule
                          from health_wellbeing.care_health_record""".formatted(health.years(), health.id()), List.of(
                        "update health_wellbeing.care_health_record set child_id = :pseudonym where record_id = :record")),
                new Kind(MENTAL_HEALTH, """
                        select referral_id as record_id, child_id, (closed_on + interval '%d years')::date as due_on,
                               '%s'::text as rule
                          from health_wellbeing.mh_referral where closed_on is not null""".formatted(
                        RetentionRule.MENTAL_HEALTH.years(), RetentionRule.MENTAL_HEALTH.id()), List.of(
                        "update health_wellbeing.mh_referral set child_id = :pseudonym where referral_id = :record")),
                new Kind(HEALTHY_CHILD, """
                        select record_id, child_id, (date_of_birth + interval '%d years')::date as due_on, '%s'::text as rule
                          from health_wellbeing.hcp_child""".formatted(health.years(), health.id()), List.of(
                        "update health_wellbeing.hcp_child set nhs_number = " + PSEUDONYMOUS_NHS_NUMBER
                                + ", child_id = :pseudonym where record_id = :record")),
                // One record per child: named by the first of its rows' ids, which moving them keeps.
                new Kind(OBSERVATIONS, """
                        select (array_agg(record_id order by record_id))[1] as record_id, child_id,
                               (max(date_of_birth) + interval '%d years')::date as due_on, '%s'::text as rule
                          from health_wellbeing.child_health_observation group by child_id""".formatted(
                        health.years(), health.id()), List.of(
                        "update health_wellbeing.child_health_observation set nhs_number = " + PSEUDONYMOUS_NHS_NUMBER
                                + ", child_id = :pseudonym where child_id = :child")),
                new Kind(EHC_REQUEST, """
                        select request_id as record_id, child_id,
                               (coalesce(birth_date, received_on) + interval '%d years')::date as due_on, '%s'::text as rule
                          from health_wellbeing.ehc_request
                         where ceased_on is not null or withdrawn_on is not null or not_to_issue_on is not null
                            or decision = 'NOT_TO_ASSESS'""".formatted(send.years(), send.id()), List.of("""
                        update health_wellbeing.ehc_request
                           set child_id = :pseudonym, nhs_number = null, surname = null, forename = null,
                               postcode = null, upn = null, uln = null,
                               exception = case when exception is null then null else '%1$s' end
                         where request_id = :record""".formatted(RetentionTables.MARK), """
                        update health_wellbeing.ehc_advice_request
                           set summary = case when summary is null then null else '%1$s' end
                         where request_id = :record""".formatted(RetentionTables.MARK)))),
                RetentionTables.Detachment.PLAIN);
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

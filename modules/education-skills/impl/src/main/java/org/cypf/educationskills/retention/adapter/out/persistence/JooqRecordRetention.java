package org.cypf.educationskills.retention.adapter.out.persistence;

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
 * Education and skills' records under the national retention rules (ADR 0034, ADR 0036), declared as data for the
 * platform's one retention loop.
 *
 * <ul>
 *   <li>The virtual school's registration of a child in care, with the suspensions and exclusions it followed and the
 *   Personal Education Plans (part of the care plan), is part of the child's care record: kept to the 75th birthday
 *   once the child has left care ({@link RetentionRule#CARE_RECORD}). Anonymising clears the UPN and the PEP's
 *   targets (free text about the child).</li>
 *   <li>Pupils' records keyed by UPN, one record per pupil and kind: term attendance three years after the last
 *   school year ({@link RetentionRule#ATTENDANCE_REGISTER}); the schools' suspensions and exclusions, results,
 *   alternative provision placements (ADR 0048) and post-16 participation 25 years after the latest entry ({@link RetentionRule#PUPIL_RECORD}). Anonymising moves the
 *   rows to the child's pseudonymous pupil (a key shaped like a UPN that is none) and, once none is left under the
 *   UPN, deletes the pupil row that links the UPN to the child.</li>
 * </ul>
 * Dates, codes, sessions, scores and grades stay, so every measure education computes is the same.
 */
public final class JooqRecordRetention implements RecordRetention {
    static final String REGISTRATION = "virtual-school-registration";
    static final String ATTENDANCE = "pupil-attendance";
    static final String EXCLUSIONS = "pupil-exclusions";
    static final String RESULTS = "pupil-results";
    static final String POST16 = "post16-participation";
    static final String ALTERNATIVE_PROVISION = "pupil-alternative-provision";

    /** The tables of a pupil's records by UPN: the pupil row goes once none of them names the UPN. */
    private static final List<String> BY_UPN = List.of("term_attendance", "exclusion", "eyfs_profile", "ks2_result",
            "ks4_result", "post16_activity", "alternative_provision_placement");

    private final String context;
    private final RetentionTables tables;

    public JooqRecordRetention(String context, ContextDatabase database) {
        this.context = context;
        this.tables = new RetentionTables(database, List.of(
                new Kind(REGISTRATION, """
                        select registration_id as record_id, child_id,
                               (date_of_birth + interval '%d years')::date as due_on, '%s'::text as rule
                          from education_skills.virtual_school_child where left_care_on is not null""".formatted(
                        RetentionRule.CARE_RECORD.years(), RetentionRule.CARE_RECORD.id()), List.of(
                        "update education_skills.virtual_school_child set child_id = :pseudonym, upn = null"
                                + " where registration_id = :record",
                        "update education_skills.virtual_school_exclusion set child_id = :pseudonym"
                                + " where registration_id = :record",
                        "update education_skills.personal_education_plan set child_id = :pseudonym, targets = array['"
                                + RetentionTables.MARK + "'] where registration_id = :record")),
                byUpn(ATTENDANCE, RetentionRule.ATTENDANCE_REGISTER,
                        "select upn, make_date(academic_year + 1, 8, 31) as entered_on from education_skills.term_attendance",
                        "term_attendance"),
                byUpn(EXCLUSIONS, RetentionRule.PUPIL_RECORD,
                        "select upn, start_date as entered_on from education_skills.exclusion", "exclusion"),
                byUpn(RESULTS, RetentionRule.PUPIL_RECORD, """
                        select upn, make_date(academic_year + 1, 8, 31) as entered_on from education_skills.eyfs_profile
                        union all select upn, make_date(academic_year + 1, 8, 31) from education_skills.ks2_result
                        union all select upn, make_date(academic_year + 1, 8, 31) from education_skills.ks4_result""",
                        "eyfs_profile", "ks2_result", "ks4_result"),
                byUpn(POST16, RetentionRule.PUPIL_RECORD,
                        "select upn, month as entered_on from education_skills.post16_activity", "post16_activity"),
                byUpn(ALTERNATIVE_PROVISION, RetentionRule.PUPIL_RECORD, """
                        select upn, coalesce(end_date, start_date) as entered_on
                          from education_skills.alternative_provision_placement""",
                        "alternative_provision_placement")),
                RetentionTables.Detachment.PLAIN);
    }

    /**
     * A pupil's records of one kind by UPN, as one record named by a uuid made from the pupil's random retention id
     * (never from the UPN), due {@code rule}'s years after the latest entry.
     */
    private static Kind byUpn(String recordType, RetentionRule rule, String entries, String... tables) {
        String due = """
                select md5(p.retention_id::text || ':%1$s')::uuid as record_id, p.child_id,
                       (max(e.entered_on) + interval '%2$d years')::date as due_on, '%3$s'::text as rule
                  from education_skills.pupil p join (%4$s) e on e.upn = p.upn
                 where not p.pseudonymous
                 group by p.retention_id, p.child_id""".formatted(recordType, rule.years(), rule.id(), entries);
        var statements = new java.util.ArrayList<String>();
        statements.add("""
                insert into education_skills.pupil (upn, child_id, pseudonymous)
                select upn, :pseudonym, true from education_skills.retention_pseudonym where pseudonym = :pseudonym
                on conflict do nothing""");
        for (String table : tables) {
            statements.add("update education_skills." + table + " set upn = (select upn from education_skills.pupil"
                    + " where child_id = :pseudonym) where upn = (select upn from education_skills.pupil where child_id = :child)");
        }
        statements.add("delete from education_skills.pupil p where p.child_id = :child" + BY_UPN.stream()
                .map(t -> " and not exists (select 1 from education_skills." + t + " x where x.upn = p.upn)")
                .reduce("", String::concat));
        return new Kind(recordType, due, statements);
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

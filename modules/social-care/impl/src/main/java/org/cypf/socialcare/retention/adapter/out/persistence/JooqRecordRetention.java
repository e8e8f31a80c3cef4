package org.cypf.socialcare.retention.adapter.out.persistence;

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
 * Social care's records under the national retention rules (ADR 0034), for governance's retention report and reviewed
 * anonymisation. A child's case record is kept as long as its longest rule: to the 75th birthday once the child was
 * looked after ({@link RetentionRule#CARE_RECORD}), else 35 years after the last child protection plan closed
 * ({@link RetentionRule#CHILD_PROTECTION}), else to the 25th birthday ({@link RetentionRule#CHILDREN_IN_NEED}); an
 * open period of care or plan keeps everything. So each record type below is due on the date its child's case record
 * is, under the rule that decides it.
 *
 * <p>Anonymising moves the record and what hangs off it to the child's pseudonym (a {@code child} row holding only
 * date of birth, sex and ethnicity, which the returns' and measures' age and ethnicity breakdowns need, under a local
 * id of ten letters and digits, {@code Z} and the start of the pseudonym, in the SSDA903 CHILD format), clears postcodes, free text and family members' names, and, once no record names the child any
 * more, deletes the child's own row (local id, UPN, NHS number) and forgets the pseudonym.
 */
public final class JooqRecordRetention implements RecordRetention {
    static final String PERIOD_OF_CARE = "period-of-care";
    static final String CHILD_PROTECTION_PLAN = "child-protection-plan";
    static final String CONTACT = "contact";
    static final String REFERRAL = "referral";
    private static final String MARK = "[anonymised]";

    /** How long the child's case record is kept, from the child's row {@code c}; 'infinity' while a plan is open. */
    private static final String CASE_RECORD = """
            cross join lateral (select
                exists (select 1 from social_care.period_of_care p where p.child_id = c.child_id) as looked_after,
                exists (select 1 from social_care.period_of_care p where p.child_id = c.child_id and p.end_date is null)
                  as in_care,
                (select case when count(*) = 0 then null when bool_or(pl.end_date is null) then 'infinity'::date
                             else (max(pl.end_date) + interval '%2$d years')::date end
                   from social_care.child_protection_plan pl where pl.child_id = c.child_id) as protected_until,
                (c.date_of_birth + interval '%1$d years')::date as care_until,
                (c.date_of_birth + interval '%3$d years')::date as in_need_until) f
            cross join lateral (select
                case when f.in_care then null
                     when f.looked_after then greatest(f.care_until, f.protected_until)
                     when f.protected_until is not null then greatest(f.in_need_until, f.protected_until)
                     else f.in_need_until end as due_on,
                case when f.looked_after then '%4$s'
                     when f.protected_until is not null and f.protected_until > f.in_need_until then '%5$s'
                     else '%6$s' end as rule) r
            """.formatted(RetentionRule.CARE_RECORD.years(), RetentionRule.CHILD_PROTECTION.years(),
            RetentionRule.CHILDREN_IN_NEED.years(), RetentionRule.CARE_RECORD.id(), RetentionRule.CHILD_PROTECTION.id(),
            RetentionRule.CHILDREN_IN_NEED.id());

    private final String context;
    private final ContextDatabase database;
    private final RetentionTables tables;

    public JooqRecordRetention(String context, ContextDatabase database) {
        this.context = context;
        this.database = database;
        this.tables = new RetentionTables(database, List.of(
                kind(PERIOD_OF_CARE, "period_of_care", "period_id"),
                kind(CHILD_PROTECTION_PLAN, "child_protection_plan", "plan_id"),
                kind(CONTACT, "contact", "contact_id"),
                kind(REFERRAL, "referral", "referral_id")));
    }

    private static RetentionTables.Kind kind(String recordType, String table, String id) {
        return new RetentionTables.Kind(recordType, "select t." + id + " as record_id, r.due_on, r.rule from social_care."
                + table + " t join social_care.child c on c.child_id = t.child_id " + CASE_RECORD);
    }

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

    @Override
    public Optional<DueRecord> anonymise(String recordType, UUID recordId, LocalDate date) {
        return tables.anonymise(recordType, recordId, date, (dsl, id) -> {
            switch (recordType) {
                case PERIOD_OF_CARE -> period(dsl, id);
                case CHILD_PROTECTION_PLAN -> plan(dsl, id);
                case CONTACT -> contact(dsl, id);
                case REFERRAL -> referral(dsl, id);
                default -> throw new IllegalArgumentException("no record type " + recordType);
            }
        }).map(this::record);
    }

    /** The period, its episodes, reviews and permanence, and the care record kept about the child as looked after. */
    private void period(DSLContext dsl, UUID periodId) {
        UUID child = RetentionTables.value(dsl, UUID.class, "select child_id from social_care.period_of_care where period_id = ?", periodId);
        UUID p = pseudonym(dsl, child);
        dsl.execute("update social_care.period_of_care set child_id = ? where period_id = ?", p, periodId);
        dsl.execute("update social_care.episode set placement_postcode = null, home_postcode = null where period_id = ?",
                periodId);
        for (String table : List.of("looked_after_review", "permanence", "eighteenth_birthday_published")) {
            dsl.execute("update social_care." + table + " set child_id = ? where period_id = ?", p, periodId);
        }
        // Kept about the child as looked after, not about one period: they go with the first period anonymised.
        for (String table : List.of("missing_episode", "care_leaver", "care_leaver_birthday",
                "unaccompanied_asylum_seeker", "school_exclusion", "family_network_meeting")) {
            dsl.execute("update social_care." + table + " set child_id = ? where child_id = ?", p, child);
        }
        detached(dsl, child);
    }

    /** The plan, its reviews, and the enquiry that led to it. */
    private void plan(DSLContext dsl, UUID planId) {
        var row = dsl.fetchSingle("select child_id, enquiry_id from social_care.child_protection_plan where plan_id = ?",
                planId);
        UUID child = row.get("child_id", UUID.class);
        UUID p = pseudonym(dsl, child);
        dsl.execute("update social_care.child_protection_plan set child_id = ? where plan_id = ?", p, planId);
        dsl.execute("update social_care.child_protection_enquiry set child_id = ? where enquiry_id = ?", p,
                row.get("enquiry_id", UUID.class));
        detached(dsl, child);
    }

    /** The contact: the worry in the referrer's words, the referrer's name and the family members' names go. */
    private void contact(DSLContext dsl, UUID contactId) {
        UUID child = RetentionTables.value(dsl, UUID.class, "select child_id from social_care.contact where contact_id = ?", contactId);
        UUID p = pseudonym(dsl, child);
        dsl.execute("""
                update social_care.contact set child_id = ?, worry = ?, referrer_name = null, decision_note = null
                 where contact_id = ?""", p, MARK, contactId);
        dsl.execute("update social_care.contact_family_member set name = ? where contact_id = ?", MARK, contactId);
        detached(dsl, child);
    }

    /** The referral, its assessments and any enquiry that led to no plan (a plan's enquiry goes with the plan). */
    private void referral(DSLContext dsl, UUID referralId) {
        UUID child = RetentionTables.value(dsl, UUID.class, "select child_id from social_care.referral where referral_id = ?", referralId);
        UUID p = pseudonym(dsl, child);
        dsl.execute("update social_care.referral set child_id = ? where referral_id = ?", p, referralId);
        dsl.execute("update social_care.assessment set child_id = ? where referral_id = ?", p, referralId);
        dsl.execute("""
                update social_care.child_protection_enquiry e set child_id = ? where e.referral_id = ?
                   and not exists (select 1 from social_care.child_protection_plan pl
                                    where pl.enquiry_id = e.enquiry_id)""", p, referralId);
        detached(dsl, child);
    }

    /** The child's pseudonym, with a child row of its own holding only what the breakdowns need. */
    private UUID pseudonym(DSLContext dsl, UUID child) {
        UUID p = RetentionTables.pseudonymOf(dsl, database.schema(), child);
        dsl.execute("""
                insert into social_care.child (child_id, la_child_id, date_of_birth, sex, ethnicity)
                select ?, 'Z' || substr(replace(?::text, '-', ''), 1, 9), date_of_birth, sex, ethnicity
                  from social_care.child where child_id = ?
                on conflict (child_id) do nothing""", p, p, child);
        return p;
    }

    /** Once nothing names the child, the child's own row goes and the pseudonym is forgotten. */
    private void detached(DSLContext dsl, UUID child) {
        if (RetentionTables.forgetIfDetached(dsl, database.schema(), child, Set.of("child"))) {
            dsl.execute("delete from social_care.child where child_id = ?", child);
        }
    }

    private DueRecord record(RetentionTables.Due due) {
        return new DueRecord(context, due.recordType(), due.recordId(), due.dueOn(), due.rule());
    }
}

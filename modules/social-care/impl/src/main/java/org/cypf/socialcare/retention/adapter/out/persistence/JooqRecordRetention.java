package org.cypf.socialcare.retention.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.api.access.DueRecord;
import org.cypf.governance.api.access.RecordRetention;
import org.cypf.governance.api.access.RetentionRule;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.RetentionTables;
import org.cypf.platform.db.RetentionTables.Kind;

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
 * more, deletes the child's own rows (local id, UPN, NHS number; the CIN census's former UPN) and forgets the pseudonym.
 *
 * <p>Missing episodes, school exclusions and family network meetings go with the first period of care anonymised when
 * the child was looked after; of a child never looked after they are records of their own (ADR 0036), due when the
 * child's case record is. Every kind is declared as data for the platform's one retention loop.
 */
public final class JooqRecordRetention implements RecordRetention {
    static final String PERIOD_OF_CARE = "period-of-care";
    static final String CHILD_PROTECTION_PLAN = "child-protection-plan";
    static final String CONTACT = "contact";
    static final String REFERRAL = "referral";
    /** A year's CIN episodes imported as returned (ADR 0073): a record of the child's, like a referral. */
    static final String CIN_CENSUS_RETURNED = "cin-census-returned";
    static final String MISSING_EPISODE = "missing-episode";
    static final String SCHOOL_EXCLUSION = "school-exclusion";
    static final String FAMILY_NETWORK_MEETING = "family-network-meeting";
    private static final String MARK = RetentionTables.MARK;

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

    /** Kept about the child as looked after, not about one period: they go with the first period anonymised. */
    private static final List<String> ABOUT_THE_CHILD_IN_CARE = List.of("missing_episode", "care_leaver",
            "care_leaver_birthday", "unaccompanied_asylum_seeker", "school_exclusion", "family_network_meeting",
            "convicted_in_year");

    private final String context;
    private final RetentionTables tables;

    public JooqRecordRetention(String context, ContextDatabase database) {
        this.context = context;
        List<String> period = new ArrayList<>(List.of(
                "update social_care.period_of_care set child_id = :pseudonym where period_id = :record",
                "update social_care.episode set placement_postcode = null, home_postcode = null where period_id = :record"));
        for (String table : List.of("looked_after_review", "permanence", "eighteenth_birthday_published")) {
            period.add("update social_care." + table + " set child_id = :pseudonym where period_id = :record");
        }
        for (String table : ABOUT_THE_CHILD_IN_CARE) {
            period.add("update social_care." + table + " set child_id = :pseudonym where child_id = :child");
        }
        this.tables = new RetentionTables(database, List.of(
                kind(PERIOD_OF_CARE, "period_of_care", "period_id", false, period),
                // The plan, its reviews, and the enquiry that led to it.
                kind(CHILD_PROTECTION_PLAN, "child_protection_plan", "plan_id", false, List.of(
                        "update social_care.child_protection_plan set child_id = :pseudonym where plan_id = :record",
                        """
                        update social_care.child_protection_enquiry set child_id = :pseudonym
                         where enquiry_id = (select enquiry_id from social_care.child_protection_plan
                                              where plan_id = :record)""")),
                // The worry in the referrer's words, the referrer's name and the family members' names go.
                kind(CONTACT, "contact", "contact_id", false, List.of("""
                        update social_care.contact
                           set child_id = :pseudonym, worry = '%s', referrer_name = null, decision_note = null
                         where contact_id = :record""".formatted(MARK),
                        "update social_care.contact_family_member set name = '" + MARK + "' where contact_id = :record")),
                // Its assessments and any enquiry that led to no plan (a plan's enquiry goes with the plan).
                kind(REFERRAL, "referral", "referral_id", false, List.of(
                        "update social_care.referral set child_id = :pseudonym where referral_id = :record",
                        "update social_care.assessment set child_id = :pseudonym where referral_id = :record",
                        """
                        update social_care.child_protection_enquiry e set child_id = :pseudonym
                         where e.referral_id = :record and not exists (select 1 from social_care.child_protection_plan pl
                                                                        where pl.enquiry_id = e.enquiry_id)""")),
                kind(CIN_CENSUS_RETURNED, "cin_census_returned", "returned_id", false, List.of(
                        "update social_care.cin_census_returned set child_id = :pseudonym where returned_id = :record")),
                kind(MISSING_EPISODE, "missing_episode", "missing_id", true, List.of(
                        "update social_care.missing_episode set child_id = :pseudonym where missing_id = :record")),
                kind(SCHOOL_EXCLUSION, "school_exclusion", "exclusion_id", true, List.of(
                        "update social_care.school_exclusion set child_id = :pseudonym where exclusion_id = :record")),
                kind(FAMILY_NETWORK_MEETING, "family_network_meeting", "meeting_id", true, List.of(
                        "update social_care.family_network_meeting set child_id = :pseudonym where meeting_id = :record"))),
                new RetentionTables.Detachment(List.of(
                        // The pseudonym's own child row, holding only what the breakdowns need.
                        """
                        insert into social_care.child (child_id, la_child_id, date_of_birth, sex, ethnicity)
                        select :pseudonym, 'Z' || substr(replace(:pseudonym::text, '-', ''), 1, 9), date_of_birth, sex,
                               ethnicity
                          from social_care.child where child_id = :child
                        on conflict (child_id) do nothing""",
                        // The CIN census's characteristics, without the former UPN.
                        """
                        insert into social_care.cin_census_child (child_id, upn_unknown, death_date, disabilities)
                        select :pseudonym, upn_unknown, death_date, disabilities
                          from social_care.cin_census_child where child_id = :child
                        on conflict (child_id) do nothing"""),
                        Set.of("child", "cin_census_child"), List.of(
                        "delete from social_care.cin_census_child where child_id = :child",
                        "delete from social_care.child where child_id = :child")));
    }

    /**
     * A record type of {@code table}, due on the date its child's case record is; {@code neverLookedAfter} for a kind
     * that is its own record only of a child never looked after (of one looked after it goes with the period).
     */
    private static Kind kind(String recordType, String table, String id, boolean neverLookedAfter,
                             List<String> anonymise) {
        return new Kind(recordType, "select t." + id + " as record_id, c.child_id, r.due_on, r.rule from social_care."
                + table + " t join social_care.child c on c.child_id = t.child_id " + CASE_RECORD
                + (neverLookedAfter ? " where not f.looked_after" : ""), anonymise);
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

package org.cypf.socialcare.retention.adapter.out.persistence;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.api.access.DueRecord;
import org.cypf.governance.api.access.RecordRetention;
import org.cypf.platform.db.ChildRows;
import org.cypf.socialcare.SocialCareFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Social care's records of a child never looked after that are not contacts, referrals or plans, and the CIN census
 * details, under retention on a real PostgreSQL (ADR 0036): a missing episode, a school exclusion and a family network
 * meeting are due at the child's 25th birthday (CHILDREN-IN-NEED); once the last goes, the child's own rows (with the
 * CIN census's former UPN) go too and the disabilities stay on the pseudonym for the census counts. A younger child's
 * records are neither listed nor touched.
 */
class NeverLookedAfterRetentionTest {
    private static final LocalDate ON = of(2050, 1, 1);
    private static final UUID OLD = UUID.randomUUID();
    private static final UUID LIVE = UUID.randomUUID();
    private static SocialCareFixture f;
    private static RecordRetention retention;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("social care never looked after retention", 20_000);
        retention = f.context.recordRetention();
        seed(OLD, "NLA1", of(2015, 3, 10));
        seed(LIVE, "NLA2", of(2030, 3, 10));
    }

    private static void seed(UUID child, String localId, LocalDate born) {
        f.admin.execute("insert into social_care.child (child_id, la_child_id, upn, date_of_birth, sex, ethnicity)"
                + " values (?, ?, 'A861200101002', ?, '2', 'WBRI')", child, localId, born);
        f.admin.execute("insert into social_care.cin_census_child (child_id, former_upn, disabilities)"
                + " values (?, 'B861200101003', array['HAND'])", child);
        f.admin.execute("insert into social_care.missing_episode (missing_id, child_id, kind, start_date, end_date)"
                + " values (gen_random_uuid(), ?, 'M', ?, ?)", child, born.plusYears(13), born.plusYears(13).plusDays(2));
        f.admin.execute("insert into social_care.school_exclusion (exclusion_id, child_id, urn, category, reason,"
                + " start_date, sessions, alert_raised) values (gen_random_uuid(), ?, 100001, 'SUSPENSION', 'PP', ?, 4, true)",
                child, born.plusYears(12));
        f.admin.execute("insert into social_care.family_network_meeting (meeting_id, child_id, held_on, meeting_type,"
                + " outcome) values (gen_random_uuid(), ?, ?, 'FAMILY_GROUP_CONFERENCE', 'PLAN_AGREED')", child,
                born.plusYears(12));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void a_child_never_looked_after_has_their_records_anonymised_when_due_and_a_younger_child_keeps_them() {
        List<DueRecord> due = retention.due(ON, Set.of(), 0, 100);
        assertEquals(List.of("family-network-meeting:CHILDREN-IN-NEED:2040-03-10", "missing-episode:CHILDREN-IN-NEED:2040-03-10",
                        "school-exclusion:CHILDREN-IN-NEED:2040-03-10"),
                due.stream().map(d -> d.recordType() + ":" + d.rule() + ":" + d.dueOn()).toList(),
                "the older child's three records at the 25th birthday; the younger child's not yet");
        for (DueRecord record : due) {
            assertTrue(retention.anonymise(record.recordType(), record.recordId(), ON, Set.of()).isPresent(), record.recordType());
        }

        assertEquals(List.of(), ChildRows.of(f.socialCareDb, OLD), "nothing names the child any more");
        assertEquals(0, f.count("select count(*) from social_care.child where la_child_id = 'NLA1'"));
        assertEquals(1, f.count("select count(*) from social_care.cin_census_child where former_upn = 'B861200101003'"),
                "only the younger child's former UPN is kept");
        assertEquals(2, f.count("select count(*) from social_care.cin_census_child where 'HAND' = any(disabilities)"),
                "the disability stays on the pseudonym for the census counts");
        assertEquals(6, f.count("select (select count(*) from social_care.missing_episode)"
                + " + (select count(*) from social_care.school_exclusion)"
                + " + (select count(*) from social_care.family_network_meeting)"),
                "every row is kept for the counts");
        assertEquals(3, f.count("select (select count(*) from social_care.missing_episode where child_id = ?)"
                + " + (select count(*) from social_care.school_exclusion where child_id = ?)"
                + " + (select count(*) from social_care.family_network_meeting where child_id = ?)", LIVE, LIVE, LIVE),
                "the younger child's records are kept as they were");
        assertEquals(0, f.count("select count(*) from social_care.retention_pseudonym"), "the pseudonym is forgotten");
        assertEquals(0, retention.countDue(ON));
    }
}

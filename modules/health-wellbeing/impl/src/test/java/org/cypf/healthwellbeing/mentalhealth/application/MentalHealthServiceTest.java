package org.cypf.healthwellbeing.mentalhealth.application;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.cypf.governance.api.access.Caller;
import org.cypf.healthwellbeing.HealthWellbeingContext;
import org.cypf.healthwellbeing.api.mentalhealth.MentalHealthReferralView;
import org.cypf.healthwellbeing.api.mentalhealth.MentalHealthReferrals;
import org.cypf.healthwellbeing.api.mentalhealth.ReceiveMentalHealthReferral;
import org.cypf.healthwellbeing.api.mentalhealth.RecordMentalHealthContact;
import org.cypf.healthwellbeing.api.mentalhealth.RecordOutcomeScore;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mental health referrals on PostgreSQL: sources including schools, waits to first contact, scores, the wait measure. */
class MentalHealthServiceTest {
    private static final Caller NURSE = new Caller("sn.oconnor", "nhs", Set.of(), null);
    private static final Caller OUTSIDER = new Caller("someone", "not-a-partner", Set.of(), null);

    private static AdminSql admin;
    private static ContextDatabase health;
    private static HealthWellbeingContext context;
    private static MentalHealthReferrals referrals;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("mental health referrals");
        admin = new AdminSql(target);
        health = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "health_wellbeing", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("nhs")).withAuditAsAdministrator(target);
        context = new HealthWellbeingContext(health, access,
                Clock.fixed(of(2026, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        referrals = context.mentalHealthReferrals();
    }

    @AfterAll
    static void tearDown() {
        health.close();
    }

    private static MentalHealthReferralView referred(String source, int year, int month, int day) {
        return referrals.receive(NURSE, new ReceiveMentalHealthReferral(ChildId.newId().toString(),
                of(year, month, day), source));
    }

    @Test
    void a_referral_from_a_school_waits_to_its_first_contact_and_the_mean_wait_is_measured() {
        var school = referred("2A", 2026, 1, 5);
        school = referrals.recordContact(NURSE, new RecordMentalHealthContact(school.referralId(), of(2026, 2, 2),
                school.version()));
        school = referrals.recordContact(NURSE, new RecordMentalHealthContact(school.referralId(), of(2026, 2, 16),
                school.version()));
        school = referrals.recordOutcomeScore(NURSE, new RecordOutcomeScore(school.referralId(), "SDQ", of(2026, 2, 2),
                22, school.version()));
        assertEquals(28L, school.waitDays(), "5 January to 2 February");
        var gp = referred("3A", 2026, 3, 2);
        referrals.recordContact(NURSE, new RecordMentalHealthContact(gp.referralId(), of(2026, 3, 16), gp.version()));
        referred("2A", 2026, 6, 1);

        MentalHealthReferralView stored = referrals.referral(NURSE, school.referralId());
        assertEquals(List.of(of(2026, 2, 2), of(2026, 2, 16)), stored.contacts());
        assertEquals(22, stored.outcomeScores().getFirst().score());

        var page = referrals.referrals(NURSE, "2A", of(2026, 1, 1), of(2026, 12, 31), 2, 1);
        assertEquals(2, page.total());
        assertEquals(of(2026, 6, 1), page.referrals().getFirst().receivedOn());

        var wait = context.measureSources().stream()
                .filter(s -> s.measureKeys().contains(MentalHealthMeasures.MEAN_WAIT)).findFirst().orElseThrow()
                .compute(MentalHealthMeasures.MEAN_WAIT, of(2026, 8, 31));
        assertEquals(2L, wait.denominator());
        assertEquals(42L, wait.numerator(), "28 days and 14 days");
        assertEquals(new BigDecimal("21.0"), wait.value());
    }

    @Test
    void a_source_outside_the_national_list_or_a_bad_score_is_refused_and_nothing_is_stored() {
        long before = admin.count("select count(*) from health_wellbeing.mh_referral");
        var refused = assertThrows(InvalidInput.class, () -> referred("SCHOOL", 2026, 1, 5));
        assertEquals("source", refused.violations().getFirst().field());
        assertEquals(before, admin.count("select count(*) from health_wellbeing.mh_referral"));
        var r = referred("2B", 2026, 1, 5);
        var bad = assertThrows(InvalidInput.class, () -> referrals.recordOutcomeScore(NURSE,
                new RecordOutcomeScore(r.referralId(), "PHQ-9", of(2026, 1, 4), 41, r.version())));
        assertEquals(3, bad.violations().size(), "instrument, a date before the referral and the score");
    }

    @Test
    void a_childs_referrals_are_read_a_page_at_a_time_oldest_first_each_read_audited_and_an_outsider_refused() {
        String child = ChildId.newId().toString();
        var later = referrals.receive(NURSE, new ReceiveMentalHealthReferral(child, of(2026, 5, 4), "2A"));
        var earlier = referrals.receive(NURSE, new ReceiveMentalHealthReferral(child, of(2026, 2, 2), "3A"));
        referrals.recordContact(NURSE, new RecordMentalHealthContact(earlier.referralId(), of(2026, 3, 2),
                earlier.version()));
        referred("2A", 2026, 1, 5);
        String audit = "select count(*) from governance.child_record_access where child_id = ?::uuid and decision = ?";

        var all = referrals.referralsOfChild(NURSE, child, 1, 100);
        assertEquals(List.of(earlier.referralId(), later.referralId()),
                all.referrals().stream().map(MentalHealthReferralView::referralId).toList(), "oldest received first");
        assertEquals(2, all.total());
        assertEquals(of(2026, 3, 2), all.referrals().getFirst().firstContactOn());
        var second = referrals.referralsOfChild(NURSE, child, 2, 1);
        assertEquals(List.of(later.referralId()),
                second.referrals().stream().map(MentalHealthReferralView::referralId).toList());
        assertEquals(2, second.total());

        var tooMany = assertThrows(InvalidInput.class, () -> referrals.referralsOfChild(NURSE, child, 1, 101));
        assertEquals("size", tooMany.violations().getFirst().field());
        assertEquals(0, admin.count(audit, child, "DENIED"));
        assertThrows(AccessDenied.class, () -> referrals.referralsOfChild(OUTSIDER, child, 1, 100));
        assertEquals(1, admin.count(audit, child, "DENIED"), "the refusal is audited");
    }
}

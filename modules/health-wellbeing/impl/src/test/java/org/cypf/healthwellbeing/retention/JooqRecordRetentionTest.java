package org.cypf.healthwellbeing.retention;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.DueRecord;
import org.cypf.governance.api.access.RecordRetention;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.healthwellbeing.HealthWellbeingContext;
import org.cypf.healthwellbeing.api.childrenincare.RegisterEntryToCare;
import org.cypf.healthwellbeing.api.mentalhealth.ReceiveMentalHealthReferral;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Health's retention adapter on a real PostgreSQL (ADR 0034): children in care's health records are due at the 26th
 * birthday (CHILD-HEALTH), a closed mental health referral 26 years after it closed (MENTAL-HEALTH), an open one
 * never. Anonymising them detaches them from the child, and every measure health computes is the same before and
 * after.
 */
class JooqRecordRetentionTest {
    private static final Caller NURSE = new Caller("sn.oconnor", "nhs", Set.of(), null);
    private static final List<LocalDate> DATES = List.of(of(2025, 3, 31), of(2025, 11, 30));
    private static final String CHILD = UUID.randomUUID().toString();
    private static final String OTHER = UUID.randomUUID().toString();
    private static AdminSql admin;
    private static ContextDatabase health;
    private static HealthWellbeingContext context;

    @BeforeAll
    static void start() {
        var target = TestDatabase.fresh("health retention");
        admin = new AdminSql(target);
        health = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "health_wellbeing", 2);
        context = new HealthWellbeingContext(health, RecordingChildRecordAccess.forPartners(Set.of("nhs")),
                Clock.fixed(of(2025, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        var care = context.childrenInCareHealth();
        care.registerEntryToCare(NURSE, new RegisterEntryToCare(CHILD, UUID.randomUUID(), of(2012, 4, 1), of(2025, 1, 6)));
        care.registerEntryToCare(NURSE, new RegisterEntryToCare(OTHER, UUID.randomUUID(), of(2013, 4, 1), of(2025, 2, 3)));
        var referrals = context.mentalHealthReferrals();
        var closed = referrals.receive(NURSE, new ReceiveMentalHealthReferral(CHILD, of(2025, 2, 1), "2A"));
        referrals.receive(NURSE, new ReceiveMentalHealthReferral(OTHER, of(2025, 2, 1), "2A"));
        // Referrals are not closed through the api yet: closed here as a service's discharge would close it.
        admin.execute("update health_wellbeing.mh_referral set closed_on = '2025-09-30' where referral_id = ?",
                closed.referralId());
    }

    @AfterAll
    static void stop() {
        health.close();
    }

    private static Map<String, String> measures(List<MeasureSource> sources, List<LocalDate> dates) {
        Map<String, String> values = new LinkedHashMap<>();
        for (MeasureSource source : sources) {
            for (String key : source.measureKeys().stream().sorted().toList()) {
                for (LocalDate date : dates) {
                    String value;
                    try {
                        var m = source.compute(key, date);
                        value = m.value().toPlainString() + " (" + m.numerator() + "/" + m.denominator() + ")";
                    } catch (RuntimeException e) {
                        value = e.getClass().getSimpleName();
                    }
                    values.put(key + " on " + date, value);
                }
            }
        }
        return values;
    }

    @Test
    void anonymising_every_due_record_keeps_every_measure_and_detaches_the_records() {
        RecordRetention retention = context.recordRetention();
        LocalDate later = of(2052, 1, 1);
        Map<String, String> before = measures(context.measureSources(), DATES);
        assertEquals(0, retention.countDue(of(2025, 11, 30)));

        List<DueRecord> due = retention.due(later, Set.of(), 0, 10);
        assertEquals(List.of("care-health-record:CHILD-HEALTH:2038-04-01", "care-health-record:CHILD-HEALTH:2039-04-01",
                "mental-health-referral:MENTAL-HEALTH:2051-09-30"),
                due.stream().map(d -> d.recordType() + ":" + d.rule() + ":" + d.dueOn()).toList(),
                "the 26th birthdays, and 26 years after the referral closed; the open referral never");
        for (DueRecord record : due) {
            assertTrue(retention.anonymise(record.recordType(), record.recordId(), later, Set.of()).isPresent());
        }

        assertEquals(before, measures(context.measureSources(), DATES), "every measure is the same before and after");
        assertEquals(0, admin.count("select count(*) from health_wellbeing.care_health_record where child_id in (?::uuid, ?::uuid)",
                CHILD, OTHER));
        assertEquals(0, admin.count("select count(*) from health_wellbeing.mh_referral where child_id = ?::uuid", CHILD));
        assertEquals(1, admin.count("select count(*) from health_wellbeing.mh_referral where child_id = ?::uuid", OTHER),
                "the open referral still names its child");
        assertEquals(1, admin.count("select count(*) from health_wellbeing.retention_pseudonym"),
                "the pseudonym of the child whose referral is open is kept; the other's forgotten");
        assertTrue(retention.anonymise("care-health-record", due.getFirst().recordId(), later, Set.of()).isPresent(),
                "a repeat answers the record as anonymised, changing nothing");
    }
}

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
import org.cypf.governance.api.access.DueRecord;
import org.cypf.governance.api.access.RecordRetention;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.healthwellbeing.HealthWellbeingContext;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Health's records keyed by NHS number, and EHC requests, under retention on a real PostgreSQL (ADR 0036): the healthy
 * child programme and a child's health observations are due at the 26th birthday (CHILD-HEALTH); a concluded EHC
 * request at the 31st birthday, or 31 years after it was received when SEN2's birth date is not held (SEND-RECORD);
 * an open request never. Anonymising moves the records to a pseudonymous NHS number and clears the names, NHS number,
 * UPN, ULN, postcode and free text; a live child's records are neither listed nor touched, and the measures stay.
 */
class NhsKeyedRetentionTest {
    private static final LocalDate ON = of(2100, 1, 1);
    private static final List<LocalDate> DATES = List.of(of(2010, 3, 31), of(2025, 11, 30));
    private static final String OLD = UUID.randomUUID().toString();
    private static final String UNDATED = UUID.randomUUID().toString();
    private static final String LIVE = UUID.randomUUID().toString();
    private static final String OLD_NHS = "9434765919";
    private static final String LIVE_NHS = "4010232137";
    private static AdminSql admin;
    private static ContextDatabase health;
    private static HealthWellbeingContext context;

    @BeforeAll
    static void start() {
        var target = TestDatabase.fresh("health nhs keyed retention");
        admin = new AdminSql(target);
        health = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "health_wellbeing", 2);
        context = new HealthWellbeingContext(health, RecordingChildRecordAccess.forPartners(Set.of("nhs")),
                Clock.fixed(of(2025, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        programme(OLD, OLD_NHS, of(2000, 5, 1));
        programme(LIVE, LIVE_NHS, of(2090, 1, 1));
        admin.execute("""
                insert into health_wellbeing.ehc_request (request_id, child_id, nhs_number, received_on, decision_due_by,
                       plan_due_by, surname, forename, birth_date, postcode, upn, uln, withdrawn_on)
                values (gen_random_uuid(), ?::uuid, ?, '2010-01-04', '2010-02-15', '2010-05-24', 'Okafor', 'Tobi',
                        '2000-05-01', 'NE1 4ST', 'A861200101002', '1234567890', '2010-02-01')""", OLD, OLD_NHS);
        admin.execute("""
                insert into health_wellbeing.ehc_request (request_id, child_id, received_on, decision_due_by, plan_due_by,
                       decided_on, decision, surname)
                values (gen_random_uuid(), ?::uuid, '2060-01-05', '2060-02-16', '2060-05-24', '2060-02-10',
                        'NOT_TO_ASSESS', 'Nowak')""", UNDATED);
        admin.execute("""
                insert into health_wellbeing.ehc_request (request_id, child_id, received_on, decision_due_by, plan_due_by,
                       birth_date, surname)
                values (gen_random_uuid(), ?::uuid, '2010-01-04', '2010-02-15', '2010-05-24', '2000-01-01', 'Still')""",
                LIVE);
    }

    private static void programme(String child, String nhs, LocalDate born) {
        admin.execute("insert into health_wellbeing.hcp_child (nhs_number, child_id, date_of_birth) values (?, ?::uuid, ?::date)",
                nhs, child, born.toString());
        admin.execute("insert into health_wellbeing.hcp_review values (?, 'NEW_BIRTH', ?::date, ?::date, 'DONE', ?::date)",
                nhs, born.plusDays(10).toString(), born.plusDays(14).toString(), born.plusDays(12).toString());
        admin.execute("insert into health_wellbeing.school_nursing_contact values (?, 1, ?::date, '100001', 2)", nhs,
                born.plusYears(6).toString());
        for (String kind : List.of("BIRTH_WEIGHT", "IMMUNISATION")) {
            admin.execute("""
                    insert into health_wellbeing.child_health_observation (nhs_number, child_id, date_of_birth, kind,
                                                                           observed_on, code, amount)
                    values (?, ?::uuid, ?::date, ?, ?::date, '', 3400)""", nhs, child, born.toString(), kind,
                    born.toString());
        }
    }

    @AfterAll
    static void stop() {
        health.close();
    }

    private static Map<String, String> measures(List<MeasureSource> sources) {
        Map<String, String> values = new LinkedHashMap<>();
        for (MeasureSource source : sources) {
            for (String key : source.measureKeys().stream().sorted().toList()) {
                for (LocalDate date : DATES) {
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

    private static long named(String nhs) {
        return admin.count("""
                select (select count(*) from health_wellbeing.hcp_child where nhs_number = ?)
                     + (select count(*) from health_wellbeing.hcp_review where nhs_number = ?)
                     + (select count(*) from health_wellbeing.school_nursing_contact where nhs_number = ?)
                     + (select count(*) from health_wellbeing.child_health_observation where nhs_number = ?)""",
                nhs, nhs, nhs, nhs);
    }

    @Test
    void expired_programme_observations_and_ehc_requests_are_anonymised_and_live_ones_kept() {
        RecordRetention retention = context.recordRetention();
        Map<String, String> before = measures(context.measureSources());
        long rows = admin.count("select count(*) from health_wellbeing.hcp_review")
                + admin.count("select count(*) from health_wellbeing.child_health_observation");

        List<DueRecord> due = retention.due(ON, Set.of(), 0, 100);
        assertEquals(List.of("child-health-observations:CHILD-HEALTH:2026-05-01",
                        "healthy-child-programme:CHILD-HEALTH:2026-05-01", "ehc-request:SEND-RECORD:2031-05-01",
                        "ehc-request:SEND-RECORD:2091-01-05"),
                due.stream().map(d -> d.recordType() + ":" + d.rule() + ":" + d.dueOn()).toList(),
                "the old child's at the 26th and 31st birthdays, the undated request 31 years after it was received;"
                        + " the live child's and the open request never");
        for (DueRecord record : due) {
            assertTrue(retention.anonymise(record.recordType(), record.recordId(), ON, Set.of()).isPresent(), record.recordType());
        }

        assertEquals(before, measures(context.measureSources()), "every measure is the same before and after");
        assertEquals(0, named(OLD_NHS), "nothing is kept under the old NHS number");
        assertEquals(5, named(LIVE_NHS), "the live child's programme and observations are kept as they were");
        assertEquals(rows, admin.count("select count(*) from health_wellbeing.hcp_review")
                + admin.count("select count(*) from health_wellbeing.child_health_observation"), "every row is kept for the counts");
        assertEquals(1, admin.count("""
                select count(distinct nhs_number) from health_wellbeing.child_health_observation
                 where nhs_number like '00%' and nhs_number in (select nhs_number from health_wellbeing.hcp_child)"""),
                "the old child's programme and observations share one pseudonymous number");
        assertEquals(0, admin.count("""
                select count(*) from health_wellbeing.ehc_request
                 where child_id in (?::uuid, ?::uuid) or nhs_number = ? or surname in ('Okafor', 'Nowak')
                    or forename is not null or postcode is not null or upn is not null or uln is not null""",
                OLD, UNDATED, OLD_NHS));
        assertEquals(1, admin.count("select count(*) from health_wellbeing.ehc_request where child_id = ?::uuid"
                + " and surname = 'Still'", LIVE), "the open request still names its child");
        assertEquals(0, admin.count("select count(*) from health_wellbeing.retention_pseudonym"), "the pseudonyms are forgotten");
        assertEquals(0, retention.countDue(ON), "the pseudonymous records are never listed again");
    }
}

package org.cypf.familysupport.retention;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.familysupport.FamilySupportContext;
import org.cypf.governance.api.access.DueRecord;
import org.cypf.governance.api.access.RecordRetention;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Programmes' participants under retention on a real PostgreSQL (ADR 0036): a child's enrolment on a programme, with
 * its sessions, is due 25 years after the later of enrolment and the last session (EARLY-HELP). Anonymising moves it
 * to the child's pseudonym and replaces the named participant; its sessions stay, so reach and attendance counts are
 * the same; a recent enrolment is neither listed nor touched.
 */
class ProgrammeEnrolmentRetentionTest {
    private static final LocalDate ON = of(2050, 1, 1);
    private static final String OLD = UUID.randomUUID().toString();
    private static final String LIVE = UUID.randomUUID().toString();
    private static final UUID OLD_ENROLMENT = UUID.randomUUID();
    private static final UUID LIVE_ENROLMENT = UUID.randomUUID();
    private static AdminSql admin;
    private static ContextDatabase familySupport;
    private static FamilySupportContext context;

    @BeforeAll
    static void start() {
        var db = TestDatabase.fresh("family support programme retention");
        admin = new AdminSql(db);
        familySupport = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()),
                "family_support", 2);
        context = new FamilySupportContext(familySupport, RecordingChildRecordAccess.forPartners(Set.of("council")),
                Clock.fixed(of(2026, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        enrol(OLD_ENROLMENT, OLD, of(2020, 1, 6));
        enrol(LIVE_ENROLMENT, LIVE, of(2026, 1, 5));
    }

    private static void enrol(UUID enrolment, String child, LocalDate on) {
        admin.execute("""
                insert into family_support.programme_enrolment (enrolment_id, child_id, programme, enrolled_on, participant,
                                                                free_school_meals, version)
                values (?, ?::uuid, 'PARENTING_PROGRAMME', ?::date, 'Joanna Kowalski (mother)', true, 0)""",
                enrolment, child, on.toString());
        for (int week = 0; week < 8; week++) {
            admin.execute("insert into family_support.programme_session values (?, ?::date, ?)", enrolment,
                    on.plusWeeks(week).toString(), week != 3);
        }
    }

    @AfterAll
    static void stop() {
        familySupport.close();
    }

    @Test
    void an_expired_enrolment_is_anonymised_and_a_live_one_kept() {
        RecordRetention retention = context.recordRetention();
        List<DueRecord> due = retention.due(ON, Set.of(), 0, 100);
        assertEquals(List.of("programme-enrolment:EARLY-HELP:2045-02-24:" + OLD_ENROLMENT),
                due.stream().map(d -> d.recordType() + ":" + d.rule() + ":" + d.dueOn() + ":" + d.recordId()).toList(),
                "25 years after the last session; the recent enrolment not yet");
        assertTrue(retention.anonymise("programme-enrolment", OLD_ENROLMENT, ON, Set.of()).isPresent());

        assertEquals(0, admin.count("select count(*) from family_support.programme_enrolment where child_id = ?::uuid"
                + " or (enrolment_id = ? and participant <> '[anonymised]')", OLD, OLD_ENROLMENT));
        assertEquals(8, admin.count("select count(*) from family_support.programme_session where enrolment_id = ?",
                OLD_ENROLMENT), "the sessions stay for the counts");
        assertEquals(1, admin.count("select count(*) from family_support.programme_enrolment where child_id = ?::uuid"
                + " and participant = 'Joanna Kowalski (mother)'", LIVE), "the live enrolment is kept as it was");
        assertEquals(0, admin.count("select count(*) from family_support.retention_pseudonym"), "the pseudonym is forgotten");
        assertEquals(0, retention.countDue(ON));
    }
}

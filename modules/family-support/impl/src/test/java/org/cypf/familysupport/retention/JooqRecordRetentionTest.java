package org.cypf.familysupport.retention;

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
import org.cypf.familysupport.FamilySupportContext;
import org.cypf.familysupport.api.earlyhelp.AgreeFamilyPlan;
import org.cypf.familysupport.api.earlyhelp.CloseEarlyHelpEpisode;
import org.cypf.familysupport.api.earlyhelp.HeadlineNeed;
import org.cypf.familysupport.api.earlyhelp.HeadlineOutcome;
import org.cypf.familysupport.api.earlyhelp.OpenEarlyHelpEpisode;
import org.cypf.familysupport.api.earlyhelp.PlanGoal;
import org.cypf.familysupport.api.earlyhelp.RecordEpisodeReview;
import org.cypf.familysupport.api.earlyhelp.RecordFamilyAssessment;
import org.cypf.familysupport.api.request.ReceiveRequestForSupport;
import org.cypf.familysupport.api.request.TriageRequestForSupport;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.DueRecord;
import org.cypf.governance.api.access.RecordRetention;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Family support's retention adapter on a real PostgreSQL (ADR 0034): early help episodes closed in 2025 are due 25
 * years later under EARLY-HELP, an open one never; a request triaged to advice is due 25 years after triage.
 * Anonymising them removes the family's own words and detaches them from the child, and every measure family support
 * computes is the same before and after.
 */
class JooqRecordRetentionTest {
    private static final String PARTNER = "stoke-council";
    private static final Caller PRACTITIONER = new Caller("eh.begum", PARTNER, Set.of(), null);
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static final LocalDate LATER = LocalDate.of(2060, 1, 1);
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 6, 30));
    private static final String CHILD = UUID.randomUUID().toString();
    private static final String OPEN_CHILD = UUID.randomUUID().toString();

    private static TestDatabase.Target db;
    private static AdminSql admin;
    private static ContextDatabase familySupportDb;
    private static FamilySupportContext context;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh("family support retention");
        admin = new AdminSql(db);
        familySupportDb = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()),
                "family_support", 2);
        context = new FamilySupportContext(familySupportDb,
                RecordingChildRecordAccess.forPartners(Set.of(PARTNER)), CLOCK);
        closedEpisode(CHILD, LocalDate.of(2025, 6, 2));
        closedEpisode(CHILD, LocalDate.of(2025, 9, 1));
        var requests = context.requestsForSupport();
        var advice = requests.receive(PRACTITIONER, new ReceiveRequestForSupport(CHILD, LocalDate.of(2025, 3, 3),
                "FAMILY", null, "Advice on toddler sleep", "Mother", LocalDate.of(2025, 3, 3)));
        requests.triage(PRACTITIONER, new TriageRequestForSupport(advice.requestId(), 0, LocalDate.of(2025, 3, 4),
                "INFORMATION_AND_ADVICE", null));
        var open = requests.receive(PRACTITIONER, new ReceiveRequestForSupport(OPEN_CHILD, LocalDate.of(2025, 6, 2),
                "FAMILY", null, "Struggling since the move", "Father", LocalDate.of(2025, 6, 2)));
        requests.triage(PRACTITIONER, new TriageRequestForSupport(open.requestId(), 0, LocalDate.of(2025, 6, 3),
                "EARLY_HELP", null));
        context.earlyHelpEpisodes().open(PRACTITIONER, new OpenEarlyHelpEpisode(open.requestId(),
                LocalDate.of(2025, 6, 4), "A. Begum", "Meir Family Hub"));
        // The two children are siblings in one family grouping (ADR 0069).
        admin.execute("""
                insert into family_support.family_child (family_id, position, child_id, added_on)
                values ('5f1a3c9e-0000-4000-8000-000000000069', 0, ?::uuid, '2025-06-02'),
                       ('5f1a3c9e-0000-4000-8000-000000000069', 1, ?::uuid, '2025-06-02')""", CHILD, OPEN_CHILD);
    }

    private static void closedEpisode(String child, LocalDate received) {
        var requests = context.requestsForSupport();
        var episodes = context.earlyHelpEpisodes();
        var r = requests.receive(PRACTITIONER, new ReceiveRequestForSupport(child, received, "PARTNER",
                "Meir Primary School", "Attendance has fallen; the family is struggling since dad left.", "Mother",
                received));
        requests.triage(PRACTITIONER, new TriageRequestForSupport(r.requestId(), 0, received.plusDays(1), "EARLY_HELP",
                null));
        UUID id = episodes.open(PRACTITIONER, new OpenEarlyHelpEpisode(r.requestId(), received.plusDays(2), "A. Begum",
                "Meir Family Hub")).episodeId();
        episodes.assess(PRACTITIONER, new RecordFamilyAssessment(id, 0, received.plusDays(10), List.of(
                new HeadlineNeed("GOOD_EDUCATION", "School attendance 82 % this year"))));
        episodes.agreePlan(PRACTITIONER, new AgreeFamilyPlan(id, 1, received.plusDays(20), List.of(
                new PlanGoal("GOOD_EDUCATION", "Attendance above 95 % by Christmas"))));
        episodes.review(PRACTITIONER, new RecordEpisodeReview(id, 2, received.plusDays(40),
                "Attendance 96 %, dad has moved back in", received.plusDays(80)));
        episodes.close(PRACTITIONER, new CloseEarlyHelpEpisode(id, 3, received.plusDays(60), "OUTCOMES_ACHIEVED",
                List.of(new HeadlineOutcome("GOOD_EDUCATION", "ACHIEVED"))));
    }

    @AfterAll
    static void stop() {
        familySupportDb.close();
    }

    private static Map<String, String> measures() {
        Map<String, String> values = new LinkedHashMap<>();
        for (MeasureSource source : context.measureSources()) {
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

    @Test
    void anonymising_every_due_record_keeps_every_measure_and_removes_the_familys_words() {
        RecordRetention retention = context.recordRetention();
        assertEquals(0, retention.countDue(LocalDate.of(2026, 6, 30)), "nothing is due yet");
        Map<String, String> before = measures();

        List<DueRecord> due = retention.due(LATER, Set.of(), 0, 100);
        assertEquals(3, due.size(), "two closed episodes and the request for advice; the open episode never: " + due);
        assertEquals(Set.of("EARLY-HELP"), Set.copyOf(due.stream().map(DueRecord::rule).toList()));
        assertEquals(LocalDate.of(2050, 3, 4), due.getFirst().dueOn(), "25 years after the request was triaged");
        assertEquals(List.of(due.get(1)), retention.due(LATER, Set.of(), 1, 1), "paged in the query");
        for (DueRecord record : due) {
            assertTrue(retention.anonymise(record.recordType(), record.recordId(), LATER, Set.of()).isPresent());
        }

        assertEquals(before, measures(), "every measure is the same before and after");
        assertEquals(0, retention.countDue(LATER));
        for (String table : List.of("request_for_support", "early_help_episode")) {
            assertEquals(0, admin.count("select count(*) from family_support." + table + " where child_id = ?::uuid",
                    CHILD), table + " no longer names the child");
        }
        assertEquals(0, admin.count("select count(*) from family_support.early_help_goal where goal like '%Christmas%'"));
        assertEquals(0, admin.count("select count(*) from family_support.early_help_review where progress like '%dad%'"));
        assertEquals(0, admin.count("select count(*) from family_support.request_for_support where need like '%dad%'"
                + " or need like '%toddler%'"));
        assertEquals(1, admin.count("select count(distinct child_id) from family_support.early_help_episode"
                + " where child_id <> ?::uuid", OPEN_CHILD), "both episodes moved to one pseudonym: one child still");
        assertEquals(0, admin.count("select count(*) from family_support.retention_pseudonym"), "then forgotten");
        assertEquals(0, admin.count("select count(*) from family_support.family_child where child_id = ?::uuid", CHILD),
                "the child's place in the family went with their last record");
        assertEquals(1, admin.count("select count(*) from family_support.family_child where child_id = ?::uuid",
                OPEN_CHILD), "the sibling with an open episode stays in the family");
        assertEquals(1, admin.count("select count(*) from family_support.early_help_episode where child_id = ?::uuid",
                OPEN_CHILD), "the open episode is untouched");
        assertEquals(List.of(), context.childRecordSource().recordsOf(org.cypf.kernel.identity.ChildId.parse(CHILD)),
                "subject access finds nothing of the child any more");
    }
}

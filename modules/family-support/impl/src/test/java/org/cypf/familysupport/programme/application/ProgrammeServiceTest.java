package org.cypf.familysupport.programme.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.familysupport.FamilySupportContext;
import org.cypf.familysupport.api.measure.FamilySupportMeasure;
import org.cypf.familysupport.api.programme.EnrolInProgramme;
import org.cypf.familysupport.api.programme.EnrolmentFilter;
import org.cypf.familysupport.api.programme.EnrolmentView;
import org.cypf.familysupport.api.programme.Programmes;
import org.cypf.familysupport.api.programme.RecordSession;
import org.cypf.familysupport.api.programme.SessionAttendance;
import org.cypf.familysupport.api.request.ReceiveRequestForSupport;
import org.cypf.familysupport.api.request.RequestsForSupport;
import org.cypf.familysupport.api.request.TriageRequestForSupport;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Programmes on a real PostgreSQL, and the reach and response measures on hand-checked data in a database of their
 * own. Today is Monday 31 August 2026 (the summer bank holiday); the 12 months to it run from 1 September 2025.
 * <pre>
 * HAF   A  free school meals yes      21 Jul attended, 22 Jul missed      attending, eligible
 * HAF   B  free school meals no       21 Jul attended                     attending, not eligible
 * HAF   C  eligibility not known      21 Jul attended                     attending, left out of the %
 * HAF   D  free school meals yes      22 Jul missed                       not attending
 * HAF   F  free school meals yes      5 Aug 2025 attended                 before the 12 months
 * PARENTING  E (Mother attends)       1 Jun attended                      attending any programme
 * </pre>
 * HAF children attending 3; eligible 1 of the 2 known: 50.0 %; children attending any programme 4 (A, B, C, E).
 * Requests (target: triaged within 5 working days): R1 received Mon 3 Aug, triaged Mon 10 Aug (due 10 Aug) within;
 * R2 received 3 Aug, triaged 11 Aug, late; R4 received 10 Aug, not triaged, due 17 Aug, passed: late; R3 received
 * Thu 27 Aug, not triaged, due Fri 4 Sep (28 Aug, then 1-4 Sep: 31 Aug is a bank holiday), not yet due: left out.
 * Within target 1 of 3: 33.3 %.
 */
class ProgrammeServiceTest {
    private static final String PARTNER = "stoke-council";
    private static final Caller PRACTITIONER = new Caller("eh.begum", PARTNER, Set.of(), null);
    private static final Caller STRANGER = new Caller("someone", "not-a-partner", Set.of(), null);
    private static final LocalDate TODAY = LocalDate.of(2026, 8, 31);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final String HAF = "HOLIDAY_ACTIVITIES_AND_FOOD";

    private static TestDatabase.Target db;
    private static AdminSql admin;
    private static ContextDatabase database;
    private static FamilySupportContext context;
    private static Programmes programmes;
    private static final String A = UUID.randomUUID().toString();

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh("programmes");
        admin = new AdminSql(db);
        database = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "family_support",
                2);
        context = new FamilySupportContext(database, RecordingChildRecordAccess.forPartners(Set.of(PARTNER)), CLOCK);
        programmes = context.programmes();

        var a = enrol(A, HAF, LocalDate.of(2026, 7, 20), null, true);
        a = programmes.recordSession(PRACTITIONER, new RecordSession(a.enrolmentId(), 0, LocalDate.of(2026, 7, 21), true));
        programmes.recordSession(PRACTITIONER, new RecordSession(a.enrolmentId(), 1, LocalDate.of(2026, 7, 22), false));
        attend(enrol(UUID.randomUUID().toString(), HAF, LocalDate.of(2026, 7, 20), null, false), LocalDate.of(2026, 7, 21), true);
        attend(enrol(UUID.randomUUID().toString(), HAF, LocalDate.of(2026, 7, 20), null, null), LocalDate.of(2026, 7, 21), true);
        attend(enrol(UUID.randomUUID().toString(), HAF, LocalDate.of(2026, 7, 20), null, true), LocalDate.of(2026, 7, 22), false);
        attend(enrol(UUID.randomUUID().toString(), HAF, LocalDate.of(2025, 8, 1), null, true), LocalDate.of(2025, 8, 5), true);
        attend(enrol(UUID.randomUUID().toString(), "PARENTING_PROGRAMME", LocalDate.of(2026, 5, 20), "Mother", null),
                LocalDate.of(2026, 6, 1), true);

        RequestsForSupport requests = context.requestsForSupport();
        request(requests, LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 10));
        request(requests, LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 11));
        request(requests, LocalDate.of(2026, 8, 10), null);
        request(requests, LocalDate.of(2026, 8, 27), null);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static EnrolmentView enrol(String child, String programme, LocalDate on, String participant, Boolean fsm) {
        return programmes.enrol(PRACTITIONER, new EnrolInProgramme(child, programme, on, participant, null, fsm));
    }

    private static void attend(EnrolmentView e, LocalDate on, boolean attended) {
        programmes.recordSession(PRACTITIONER, new RecordSession(e.enrolmentId(), e.version(), on, attended));
    }

    private static void request(RequestsForSupport requests, LocalDate received, LocalDate triaged) {
        var r = requests.receive(PRACTITIONER, new ReceiveRequestForSupport(UUID.randomUUID().toString(), received,
                "FAMILY", null, "Help with the children's routines", "Mother", received));
        if (triaged != null) {
            requests.triage(PRACTITIONER, new TriageRequestForSupport(r.requestId(), 0, triaged,
                    "INFORMATION_AND_ADVICE", null));
        }
    }

    private static MeasureValue measure(FamilySupportMeasure key) {
        MeasureSource source = context.measureSources().stream().filter(s -> s.measureKeys().contains(key.key()))
                .findFirst().orElseThrow();
        return source.compute(key.key(), TODAY);
    }

    @Test
    void an_enrolment_keeps_each_session_once_with_who_attended() {
        var found = programmes.enrolments(PRACTITIONER, new EnrolmentFilter(HAF), new Slice(1, 100)).items().stream()
                .filter(e -> e.childId().equals(A)).findFirst().orElseThrow();
        assertEquals(List.of(new SessionAttendance(LocalDate.of(2026, 7, 21), true),
                new SessionAttendance(LocalDate.of(2026, 7, 22), false)), found.sessions());
        assertEquals(1, found.sessionsAttended());
        assertEquals(Boolean.TRUE, found.freeSchoolMeals());
        assertEquals(found, programmes.enrolment(PRACTITIONER, found.enrolmentId()));
        assertThrows(Conflict.class, () -> programmes.recordSession(PRACTITIONER, new RecordSession(found.enrolmentId(),
                found.version(), LocalDate.of(2026, 7, 21), true)), "one session a day");
        assertEquals(2, admin.count("select count(*) from family_support.programme_session where enrolment_id = ?",
                found.enrolmentId()));
    }

    @Test
    void bad_input_names_each_field_and_rule_and_stores_nothing() {
        long before = admin.count("select count(*) from family_support.programme_enrolment");
        var bad = assertThrows(InvalidInput.class, () -> programmes.enrol(PRACTITIONER, new EnrolInProgramme(
                UUID.randomUUID().toString(), "PARENTING_PROGRAMME", TODAY.plusDays(1), " ", null, null)));
        assertEquals(List.of("enrolledOn", "participant"), bad.violations().stream().map(v -> v.field()).toList());
        var unknown = assertThrows(InvalidInput.class, () -> programmes.enrol(PRACTITIONER, new EnrolInProgramme(
                UUID.randomUUID().toString(), "YOGA", TODAY, null, null, null)));
        assertEquals("programme", unknown.violations().getFirst().field());
        var episode = assertThrows(InvalidInput.class, () -> programmes.enrol(PRACTITIONER, new EnrolInProgramme(
                UUID.randomUUID().toString(), HAF, TODAY, null, UUID.randomUUID(), null)));
        assertEquals("episodeId", episode.violations().getFirst().field());
        assertEquals(before, admin.count("select count(*) from family_support.programme_enrolment"));
        var filter = assertThrows(InvalidInput.class, () -> programmes.enrolments(PRACTITIONER,
                new EnrolmentFilter("x".repeat(5000)), new Slice(1, 10)));
        assertEquals("programme", filter.violations().getFirst().field());
    }

    @Test
    void a_caller_is_refused_alike_for_a_missing_enrolment_and_lists_show_only_involved_children() {
        assertThrows(AccessDenied.class, () -> programmes.enrolment(STRANGER, UUID.randomUUID()));
        assertThrows(NotFound.class, () -> programmes.enrolment(PRACTITIONER, UUID.randomUUID()));
        var narrowed = RecordingChildRecordAccess.forPartners(Set.of(PARTNER))
                .listingOnly(caller -> ListScope.only(List.of(ChildId.parse(A))));
        var page = new FamilySupportContext(database, narrowed, CLOCK).programmes()
                .enrolments(PRACTITIONER, new EnrolmentFilter(null), new Slice(1, 10));
        assertEquals(1, page.total(), "only the involved child's enrolment is counted");
        assertEquals(A, page.items().getFirst().childId());
    }

    @Test
    void programme_reach_counts_children_attending_by_free_school_meals_eligibility_when_known() {
        assertEquals(BigDecimal.valueOf(3), measure(FamilySupportMeasure.HAF_CHILDREN_ATTENDING).value());
        assertEquals(BigDecimal.valueOf(4), measure(FamilySupportMeasure.PROGRAMME_CHILDREN_ATTENDING).value());
        MeasureValue fsm = measure(FamilySupportMeasure.HAF_CHILDREN_ATTENDING_ELIGIBLE_FOR_FREE_SCHOOL_MEALS);
        assertEquals(new BigDecimal("50.0"), fsm.value());
        assertEquals(1L, fsm.numerator());
        assertEquals(2L, fsm.denominator());
    }

    @Test
    void requests_responded_to_within_five_working_days() {
        MeasureValue within = measure(FamilySupportMeasure.REQUESTS_RESPONDED_TO_WITHIN_TARGET);
        assertEquals(1L, within.numerator());
        assertEquals(3L, within.denominator());
        assertEquals(new BigDecimal("33.3"), within.value());
        assertEquals("family-support", within.provenance().context());
        assertEquals(true, within.provenance().definition().contains("5 working days"));
    }
}

package org.cypf.socialcare.privatefostering;

import static org.cypf.socialcare.SocialCareFixture.OUTSIDER;
import static org.cypf.socialcare.SocialCareFixture.PARTNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.platform.events.OutboxPublisher;
import org.cypf.platform.http.ProblemResponses;
import org.cypf.socialcare.CaseworkClient;
import org.cypf.socialcare.CaseworkClient.Answer;
import org.cypf.socialcare.SocialCareContext;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.lookedafter.ChildDetails;
import org.cypf.socialcare.api.privatefostering.NotifyArrangement;
import org.cypf.socialcare.api.privatefostering.PrivateFostering;
import org.cypf.socialcare.privatefostering.adapter.in.http.PrivateFosteringHttp;
import org.cypf.socialcare.privatefostering.adapter.out.persistence.JooqPrivateFosteringArrangements;
import org.cypf.socialcare.privatefostering.application.PrivateFosteringService;
import org.cypf.socialcare.shared.adapter.out.persistence.JooqChildren;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The developers' guide's worked example, run: the private fostering capability wired as the guide's step 8 says, on
 * a real PostgreSQL with social care's schema plus the example's migration, called over a real socket. Its use cases
 * authorise and audit, publish when an arrangement ends, check the version, and refuse bad input by field, storing
 * nothing.
 */
@ServerTest
class PrivateFosteringTest {
    private static final String ARRANGEMENTS = "/social-care" + PrivateFosteringHttp.PATH;
    private static SocialCareFixture f;
    private static RecordingChildRecordAccess access;
    private static PrivateFostering fostering;
    private final CaseworkClient http;

    PrivateFosteringTest(Http1Client client) {
        this.http = new CaseworkClient(client);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = SocialCareFixture.start("private fostering example", 20_000);
        applyTheExamplesMigration();
        access = RecordingChildRecordAccess.forPartners(Set.of(PARTNER)).withAuditThrough(f.governanceDb);
        var database = f.socialCareDb;
        fostering = new PrivateFosteringService(database, new JooqChildren(database),
                new JooqPrivateFosteringArrangements(database), access.boundTo(SocialCareContext.NAME),
                new OutboxPublisher(SocialCareContext.NAME), SocialCareFixture.CLOCK);
        ProblemResponses.register(routing);
        routing.register(ARRANGEMENTS, new PrivateFosteringHttp(fostering));
    }

    /** The example's table, made as a migration would make it, with the grants the migrations give social care's role. */
    private static void applyTheExamplesMigration() {
        try (InputStream sql = PrivateFosteringTest.class.getResourceAsStream("V6__private_fostering.sql")) {
            f.admin.execute("set search_path to social_care; " + new String(sql.readAllBytes(), StandardCharsets.UTF_8)
                    + "; grant select, insert, update, delete on all tables in schema social_care to cypf_social_care;"
                    + " set search_path to public");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static String notification(String localChildId, String startDate) {
        return """
                {"child": {"localChildId": "%s", "dateOfBirth": "2012-09-01", "sex": "2"}, "startDate": "%s"}"""
                .formatted(localChildId, startDate);
    }

    private static long arrangements() {
        return f.count("select count(*) from social_care.private_fostering_arrangement");
    }

    private static long published(String name) {
        return f.count("select count(*) from platform.outbox where event_name = ?", name);
    }

    @Test
    void an_arrangement_is_notified_and_ended_once_with_the_version_read_audited_and_published() {
        long audit = f.auditRows();
        Answer notified = http.ok(201, http.post(ARRANGEMENTS, notification("PF1", "2025-05-01")));
        String id = notified.text("/arrangementId");
        assertEquals("/" + id, notified.location().substring(notified.location().lastIndexOf('/')));
        assertEquals(0, notified.version());
        assertEquals("2025-05-01", notified.text("/startDate"));
        assertTrue(notified.body().path("endDate").isNull() || notified.body().path("endDate").isMissingNode());

        Answer ended = http.ok(200, http.post(ARRANGEMENTS + "/" + id + "/end",
                "{\"endDate\": \"2025-06-20\", \"version\": 0}"));
        assertEquals(1, ended.version());
        assertEquals("2025-06-20", ended.text("/endDate"));
        assertEquals(1, published("social-care.private-fostering-ended"));
        assertEquals(List.of("CREATE", "UPDATE"), f.rows("select action from governance.child_record_access"
                + " where record_type = 'private-fostering' and child_id = ? order by access_id",
                UUID.fromString(notified.text("/childId"))).getValues(0, String.class));
        assertEquals(audit + 2, f.auditRows());

        // a second end is refused: with the old version as stale, with the new one because it has ended
        http.problem(409, http.post(ARRANGEMENTS + "/" + id + "/end", "{\"endDate\": \"2025-06-21\", \"version\": 0}"));
        http.problem(409, http.post(ARRANGEMENTS + "/" + id + "/end", "{\"endDate\": \"2025-06-21\", \"version\": 1}"));
        assertEquals(1, published("social-care.private-fostering-ended"));
    }

    @Test
    void every_bad_field_is_named_at_once_and_nothing_is_stored() {
        long before = arrangements();
        long audit = f.auditRows();
        Answer refused = http.problem(400, http.post(ARRANGEMENTS,
                "{\"child\": {\"localChildId\": \"PF2\", \"dateOfBirth\": \"2012-09-01\", \"sex\": \"2\"},"
                        + " \"startDate\": \"2030-01-01\"}"));
        assertEquals(List.of("startDate"), refused.fields());
        Answer beforeBirth = http.problem(400, http.post(ARRANGEMENTS, notification("PF2", "2011-01-01")));
        assertEquals(List.of("startDate"), beforeBirth.fields());
        String id = http.ok(201, http.post(ARRANGEMENTS, notification("PF3", "2025-06-01"))).text("/arrangementId");
        Answer badEnd = http.problem(400, http.post(ARRANGEMENTS + "/" + id + "/end",
                "{\"endDate\": \"2025-05-01\", \"version\": 0}"));
        assertEquals(List.of("endDate"), badEnd.fields());

        assertEquals(before + 1, arrangements());
        assertEquals(audit + 1, f.auditRows(), "the notification's CREATE: a refusal rolls its access audit back with the rest");
        http.problem(404, http.post(ARRANGEMENTS + "/" + UUID.randomUUID() + "/end",
                "{\"endDate\": \"2025-06-20\", \"version\": 0}"));
    }

    @Test
    void an_outsider_is_refused_and_the_refusal_is_audited_with_nothing_stored() {
        long before = arrangements();
        var e = assertThrows(AccessDenied.class, () -> fostering.notifyArrangement(OUTSIDER, new NotifyArrangement(
                new ChildDetails("PF4", null, null, LocalDate.of(2013, 2, 2), "1"), LocalDate.of(2025, 6, 1))));
        assertTrue(e.getMessage().contains(RecordingChildRecordAccess.NOT_A_PARTNER), e.getMessage());
        assertEquals(before, arrangements());
        assertEquals(0, f.count("select count(*) from social_care.child where la_child_id = 'PF4'"));
        assertEquals(1, f.count("select count(*) from governance.child_record_access where decision = 'DENIED'"
                + " and record_type = 'private-fostering'"));
        var last = access.authorisations().getLast();
        assertEquals("social-care", last.intent().context());
        assertEquals(false, last.permitted());
    }
}

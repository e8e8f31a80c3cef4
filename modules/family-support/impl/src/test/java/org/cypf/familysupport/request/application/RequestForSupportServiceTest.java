package org.cypf.familysupport.request.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.familysupport.FamilySupportContext;
import org.cypf.familysupport.api.directory.ImportDirectoryFeed;
import org.cypf.familysupport.api.request.ReceiveRequestForSupport;
import org.cypf.familysupport.api.request.RecordProviderDecision;
import org.cypf.familysupport.api.request.RequestForSupportView;
import org.cypf.familysupport.api.request.RequestsForSupport;
import org.cypf.familysupport.api.request.TriageRequestForSupport;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests for support on a real PostgreSQL, authorised and audited through governance's access contract. */
class RequestForSupportServiceTest {
    private static final String PARTNER = "stoke-council";
    private static final Caller PRACTITIONER = new Caller("fs.jones", PARTNER, Set.of(), null);
    private static final Caller DIRECTORY_MANAGER = new Caller("dm.lee", PARTNER, Set.of("directory-manager"), null);
    private static final Caller STRANGER = new Caller("someone", "not-a-partner", Set.of(), null);
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static final UUID STAY_AND_PLAY = UUID.fromString("5a1e0001-0000-4000-8000-000000000001");

    private static TestDatabase.Target db;
    private static ContextDatabase familySupportDb;
    private static ContextDatabase governanceDb;
    private static RecordingChildRecordAccess access;
    private static RequestsForSupport requests;

    @BeforeAll
    static void start() throws IOException {
        db = TestDatabase.fresh("requests for support");
        var settings = new DatabaseSettings(db.jdbcUrl(), db.user(), db.password());
        familySupportDb = ContextDatabase.open(settings, "family_support", 2);
        governanceDb = ContextDatabase.open(settings, "governance", 2);
        access = RecordingChildRecordAccess.forPartners(Set.of(PARTNER)).withAuditThrough(governanceDb);
        var context = new FamilySupportContext(familySupportDb, access, CLOCK);
        requests = context.requestsForSupport();
        try (InputStream in = RequestForSupportServiceTest.class.getResourceAsStream("/oruk/feed.json")) {
            context.serviceDirectory().importFeed(DIRECTORY_MANAGER, new ImportDirectoryFeed("directory.example.org",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    @AfterAll
    static void stop() {
        familySupportDb.close();
        governanceDb.close();
    }

    private static RequestForSupportView receive(String childId) {
        return requests.receive(PRACTITIONER, new ReceiveRequestForSupport(childId, LocalDate.of(2025, 6, 2),
                "PARTNER", "Meir Primary School", "Attendance has fallen; mum is struggling since dad left.",
                "Mother", LocalDate.of(2025, 6, 2)));
    }

    private static long requestsStored() {
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             var rs = c.createStatement().executeQuery("select count(*) from family_support.request_for_support")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_request_with_consent_is_triaged_to_a_community_service_that_its_provider_accepts() {
        String child = UUID.randomUUID().toString();
        RequestForSupportView received = receive(child);
        assertEquals(0, received.version());
        assertEquals("Mother", received.consentGivenBy());
        assertNull(received.triageOutcome());

        RequestForSupportView triaged = requests.triage(PRACTITIONER, new TriageRequestForSupport(received.requestId(),
                0, LocalDate.of(2025, 6, 4), "COMMUNITY_SERVICE", STAY_AND_PLAY));
        assertEquals("COMMUNITY_SERVICE", triaged.triageOutcome());
        assertEquals(STAY_AND_PLAY, triaged.directoryServiceId());

        RequestForSupportView accepted = requests.recordProviderDecision(PRACTITIONER,
                new RecordProviderDecision(received.requestId(), 1, LocalDate.of(2025, 6, 6), "ACCEPTED"));
        assertEquals("ACCEPTED", accepted.providerDecision());
        assertEquals(2, accepted.version());
        assertEquals(accepted, requests.request(PRACTITIONER, received.requestId()));

        var actions = access.authorisations().stream()
                .filter(a -> a.children().stream().anyMatch(c -> c.toString().equals(child)))
                .map(a -> a.intent().action()).toList();
        assertEquals(List.of(RecordAction.CREATE, RecordAction.UPDATE, RecordAction.UPDATE, RecordAction.READ), actions);
        assertTrue(access.authorisations().stream().allMatch(a -> a.intent().context().equals(FamilySupportContext.NAME)));
    }

    @Test
    void triage_is_once_and_only_a_community_service_referral_has_a_provider_decision() {
        RequestForSupportView received = receive(UUID.randomUUID().toString());
        RequestForSupportView earlyHelp = requests.triage(PRACTITIONER, new TriageRequestForSupport(
                received.requestId(), 0, LocalDate.of(2025, 6, 3), "EARLY_HELP", null));
        assertEquals("EARLY_HELP", earlyHelp.triageOutcome());
        assertThrows(Conflict.class, () -> requests.triage(PRACTITIONER, new TriageRequestForSupport(
                received.requestId(), 1, LocalDate.of(2025, 6, 4), "INFORMATION_AND_ADVICE", null)));
        assertThrows(Conflict.class, () -> requests.recordProviderDecision(PRACTITIONER,
                new RecordProviderDecision(received.requestId(), 1, LocalDate.of(2025, 6, 6), "DECLINED")));
        assertThrows(StaleVersion.class, () -> requests.triage(PRACTITIONER, new TriageRequestForSupport(
                received.requestId(), 0, LocalDate.of(2025, 6, 4), "EARLY_HELP", null)));
    }

    @Test
    void a_request_without_consent_or_with_bad_fields_is_refused_naming_each_and_nothing_is_stored() {
        long before = requestsStored();
        InvalidInput refused = assertThrows(InvalidInput.class, () -> requests.receive(PRACTITIONER,
                new ReceiveRequestForSupport(UUID.randomUUID().toString(), LocalDate.of(2025, 7, 1), "PARTNER", null,
                        " ", null, LocalDate.of(2025, 7, 2))));
        assertEquals(List.of("receivedOn", "partnerOrganisation", "need", "consentGivenBy", "consentGivenOn"),
                refused.violations().stream().map(v -> v.field()).toList());
        assertEquals(List.of("childId"), assertThrows(InvalidInput.class, () -> requests.receive(PRACTITIONER,
                new ReceiveRequestForSupport("C123", LocalDate.of(2025, 6, 2), "FAMILY", null, "help",
                        "Father", LocalDate.of(2025, 6, 2)))).violations().stream().map(v -> v.field()).toList());

        RequestForSupportView received = receive(UUID.randomUUID().toString());
        InvalidInput noService = assertThrows(InvalidInput.class, () -> requests.triage(PRACTITIONER,
                new TriageRequestForSupport(received.requestId(), 0, LocalDate.of(2025, 6, 4), "COMMUNITY_SERVICE",
                        UUID.randomUUID())));
        assertEquals("directoryServiceId", noService.violations().get(0).field());
        InvalidInput early = assertThrows(InvalidInput.class, () -> requests.triage(PRACTITIONER,
                new TriageRequestForSupport(received.requestId(), 0, LocalDate.of(2025, 6, 1), "REFERRAL", null)));
        assertEquals(List.of("triagedOn", "outcome"), early.violations().stream().map(v -> v.field()).toList());
        assertEquals(before + 1, requestsStored());
        assertNull(requests.request(PRACTITIONER, received.requestId()).triageOutcome());
    }

    @Test
    void a_caller_the_policy_refuses_neither_makes_nor_reads_a_request() {
        long before = requestsStored();
        assertThrows(AccessDenied.class, () -> requests.receive(STRANGER, new ReceiveRequestForSupport(
                UUID.randomUUID().toString(), LocalDate.of(2025, 6, 2), "FAMILY", null, "help", "Mother",
                LocalDate.of(2025, 6, 2))));
        assertEquals(before, requestsStored());
        RequestForSupportView received = receive(UUID.randomUUID().toString());
        assertThrows(AccessDenied.class, () -> requests.request(STRANGER, received.requestId()));
    }
}

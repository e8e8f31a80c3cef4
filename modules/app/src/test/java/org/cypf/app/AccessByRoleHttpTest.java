package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cypf.governance.access.adapter.out.yaml.RoleCatalogueFile;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.access.domain.Agreement;
import org.cypf.governance.access.domain.Operation;
import org.cypf.governance.access.domain.Role;
import org.cypf.platform.http.EventDeliveriesService;
import org.cypf.testing.RunningApplication;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each role of the roles catalogue, a read and a write per context over HTTP against the whole application, as
 * the shipped development user holding that role (application.yaml): what is answered is what the access policy the
 * code uses decides (governance/roles.yaml and the shipped agreements, published as
 * docs/architecture/access-policy.md), and every refusal of a child's record is audited against that user.
 */
class AccessByRoleHttpTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String ROLL = "/education-skills/virtual-school/children";
    private static final AtomicInteger CONTACTS = new AtomicInteger();

    private static RunningCypf cypf;
    private static AccessPolicy policy;
    private static String contactId;
    private static String childId;
    private static String requestId;
    private static String referralId;

    /** One probe: a request in a context on a record type, and the status it answers when allowed. */
    record Probe(String context, String recordType, Operation operation, boolean childRecord, int allowedStatus,
                 Function<String, RunningApplication.Response> send) {
        @Override
        public String toString() {
            return operation + " " + context + "/" + recordType;
        }
    }

    /** The development issuer's named users: the user of each role, and their organisation. */
    record User(String id, String organisation) {}

    private static final Map<String, User> USERS = users();

    private static Map<String, User> users() {
        Config config = Config.just(ConfigSources.classpath("application.yaml"));
        Map<String, User> byRole = new LinkedHashMap<>();
        for (Config user : config.get("security.development-issuer.users").asNodeList().orElseThrow()) {
            for (String role : user.get("roles").asList(String.class).orElseThrow()) {
                byRole.put(role, new User(user.get("id").asString().get(), user.get("organisation").asString().get()));
            }
        }
        return byRole;
    }

    @BeforeAll
    static void start() {
        cypf = RunningCypf.start("access by role");
        Config config = Config.just(ConfigSources.classpath("application.yaml"));
        List<Agreement> agreements = CypfApplication.agreements(config.get("governance.agreements")).stream()
                .map(a -> new Agreement(a.id(), a.parties(), a.contexts(), a.purposes(), a.validFrom(), a.validTo()))
                .toList();
        policy = new AccessPolicy(RoleCatalogueFile.load(), agreements);

        // A contact to read, and a child on the virtual school's roll, recorded by a council social worker.
        var contact = cypf.postAs("/social-care/contacts", contactBody());
        assertEquals(201, contact.status(), contact.body());
        contactId = contact.json().get("contactId").asText();
        // Every role's user is allocated to the child, so what each read shows is the role and agreement decision
        // (involvement has its own tests in governance); a team manager records the allocations (ADR 0032).
        User manager = USERS.get("team-manager");
        String managerToken = TestTokens.bearer(manager.id(), manager.organisation(), "team-manager");
        childId = contact.json().get("childId").asText();
        for (User user : Set.copyOf(USERS.values())) {
            var allocated = cypf.sendWith("POST", "/governance/involvements", """
                    {"childId": "%s", "userId": "%s", "organisation": "%s", "kind": "ALLOCATED-WORKER",
                     "validFrom": "%s"}""".formatted(childId, user.id(), user.organisation(), LocalDate.now(LONDON)),
                    managerToken);
            assertEquals(201, allocated.status(), allocated.body());
        }
        // A request for support and a mental health referral about the same child, by users who may write them.
        var request = cypf.sendWith("POST", "/family-support/requests-for-support", requestBody(), managerToken);
        assertEquals(201, request.status(), request.body());
        requestId = request.json().get("requestId").asText();
        User visitor = USERS.get("health-visitor");
        var referral = cypf.sendWith("POST", "/health-wellbeing/mental-health/referrals", referralBody(),
                TestTokens.bearer(visitor.id(), visitor.organisation(), "health-visitor"));
        assertEquals(201, referral.status(), referral.body());
        referralId = referral.json().get("referralId").asText();
        var period = cypf.postAs("/social-care/periods-of-care", """
                {"child": {"localChildId": "R5001", "upn": "L861200101001", "dateOfBirth": "2012-05-06", "sex": "2"},
                 "startDate": "2025-04-10", "legalStatus": "C2", "categoryOfNeed": "N1",
                 "placement": {"placementType": "U4", "provider": "PR1", "postcode": "ST4 1AA"}}""");
        assertEquals(201, period.status(), period.body());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (cypf.getAs(ROLL).json().get("children").isEmpty()) {
            assertTrue(Instant.now().isBefore(deadline), "the child reaches the virtual school's roll");
            sleep();
        }
    }

    @AfterAll
    static void stop() {
        if (cypf != null) {
            cypf.close();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String contactBody() {
        return """
                {"child": {"localChildId": "R%04d", "dateOfBirth": "2015-02-03", "sex": "2"},
                 "receivedAt": "2025-06-30T09:15:00+01:00", "source": "2A", "worry": "a school's worry"}"""
                .formatted(CONTACTS.incrementAndGet());
    }

    private static String requestBody() {
        return """
                {"childId": "%s", "receivedOn": "2025-06-02", "requestedBy": "FAMILY", "need": "help with routines",
                 "consentGivenBy": "mother", "consentGivenOn": "2025-06-02"}""".formatted(childId);
    }

    private static String referralBody() {
        return """
                {"childId": "%s", "receivedOn": "2025-06-02", "source": "2A"}""".formatted(childId);
    }

    private static List<Probe> probes() {
        return List.of(
                new Probe("social-care", "contact", Operation.READ, true, 200,
                        token -> cypf.getWith("/social-care/contacts/" + contactId, token)),
                new Probe("social-care", "contact", Operation.WRITE, true, 201,
                        token -> cypf.sendWith("POST", "/social-care/contacts", contactBody(), token)),
                new Probe("family-support", "request-for-support", Operation.READ, true, 200,
                        token -> cypf.getWith("/family-support/requests-for-support/" + requestId, token)),
                new Probe("family-support", "request-for-support", Operation.WRITE, true, 201,
                        token -> cypf.sendWith("POST", "/family-support/requests-for-support", requestBody(), token)),
                new Probe("health-wellbeing", "mental-health-referral", Operation.READ, true, 200,
                        token -> cypf.getWith("/health-wellbeing/mental-health/referrals/" + referralId, token)),
                new Probe("health-wellbeing", "mental-health-referral", Operation.WRITE, true, 201,
                        token -> cypf.sendWith("POST", "/health-wellbeing/mental-health/referrals", referralBody(), token)),
                new Probe("education-skills", "virtual-school-registration", Operation.READ, true, 200,
                        token -> cypf.getWith(ROLL, token)),
                // The local authority's term dates, from which PEP due dates are counted (ADR 0087): decided for the
                // record type, naming no child, and a refusal audited against the caller.
                new Probe("education-skills", "term-dates", Operation.WRITE, true, 200,
                        token -> cypf.sendWith("PUT", "/education-skills/term-dates/2031-32", """
                                {"terms": [{"term": "AUTUMN", "firstDay": "2031-09-03", "lastDay": "2031-12-19"},
                                           {"term": "SPRING", "firstDay": "2032-01-05", "lastDay": "2032-03-26"},
                                           {"term": "SUMMER", "firstDay": "2032-04-12", "lastDay": "2032-07-21"}]}""",
                                token)),
                new Probe("governance", "access-audit", Operation.READ, false, 200,
                        token -> cypf.getWith("/governance/access-audit/verification", token)),
                new Probe("governance", "retention", Operation.READ, false, 200,
                        token -> cypf.getWith("/governance/retention/due", token)),
                // A proposal for a record that is not due: 404 for whoever may propose, 403 for the rest.
                new Probe("governance", "retention", Operation.WRITE, false, 404,
                        token -> cypf.sendWith("POST", "/governance/retention/anonymisations", """
                                {"context": "social-care", "recordType": "period-of-care",
                                 "recordId": "%s", "reason": "annual review"}""".formatted(java.util.UUID.randomUUID()),
                                token)),
                new Probe("platform", "event-delivery", Operation.READ, false, 200,
                        token -> cypf.getWith("/platform/event-deliveries?status=COMPLETED", token)),
                // A resubmission of a delivery that does not exist: 404 for whoever may resubmit, 403 for the rest.
                new Probe("platform", "event-delivery", Operation.WRITE, false, 404,
                        token -> cypf.sendWith("POST", "/platform/event-deliveries/nobody/1/resubmit", null, token)));
    }

    /** The roles of the catalogue the code reads, so a role added there is tested here (and needs a development user). */
    static Stream<String> roles() {
        return RoleCatalogueFile.load().all().stream().map(Role::id);
    }

    private static boolean allowed(String roleId, User user, Probe probe) {
        Role role = policy.roles().role(roleId).orElseThrow();
        if (probe.childRecord()) {
            return policy.decide(new AccessPolicy.Request(user.organisation(), Set.of(roleId), false, probe.context(),
                    probe.recordType(), probe.operation(), null, LocalDate.now(LONDON))).permitted();
        }
        if (probe.context().equals("platform")) {
            // The platform cannot read governance's catalogue: it names the role itself, which must agree with it.
            boolean code = roleId.equals(EventDeliveriesService.ADMINISTRATOR_ROLE);
            assertEquals(role.permits("platform", probe.operation(), probe.recordType()), code,
                    "the event deliveries' role and the catalogue agree for " + roleId);
            return code;
        }
        return role.permits(probe.context(), probe.operation(), probe.recordType());
    }

    private static long denials(String userId) {
        return cypf.count("select count(*) from governance.child_record_access where user_id = ? and decision = 'DENIED'",
                userId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void each_role_is_answered_as_the_policy_decides(String roleId) {
        User user = USERS.get(roleId);
        assertTrue(user != null, "the development issuer has a named user for role " + roleId);
        String token = TestTokens.bearer(user.id(), user.organisation(), roleId);
        List<Executable> checks = new ArrayList<>();
        for (Probe probe : probes()) {
            boolean allowed = allowed(roleId, user, probe);
            long deniedBefore = denials(user.id());
            var response = probe.send().apply(token);
            long deniedAfter = denials(user.id());
            checks.add(() -> assertEquals(allowed ? probe.allowedStatus() : 403, response.status(),
                    roleId + " " + probe + ": " + response.body()));
            if (!allowed) {
                checks.add(() -> assertTrue(response.isProblem(), roleId + " " + probe));
                // Only the instance, the path the caller sent, may hold the id; nothing else tells of the record.
                checks.add(() -> assertFalse(response.json().get("detail").asText().contains(contactId),
                        "a refusal names no record"));
                if (probe.childRecord()) {
                    checks.add(() -> assertTrue(deniedAfter > deniedBefore,
                            roleId + " " + probe + ": the refusal is audited against " + user.id()));
                }
            }
        }
        assertAll(roleId, checks);
    }

    @Test
    void each_probe_is_allowed_to_some_role_and_refused_to_another_so_it_tells_roles_apart() {
        List<Executable> checks = new ArrayList<>();
        for (Probe probe : probes()) {
            List<Boolean> decisions = roles().filter(USERS::containsKey)
                    .map(role -> allowed(role, USERS.get(role), probe)).toList();
            checks.add(() -> assertTrue(decisions.contains(true), probe + " is allowed to some role"));
            checks.add(() -> assertTrue(decisions.contains(false), probe + " is refused to some role"));
        }
        assertAll(checks);
    }
}

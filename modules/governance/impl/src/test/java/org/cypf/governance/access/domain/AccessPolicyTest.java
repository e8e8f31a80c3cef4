package org.cypf.governance.access.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cypf.governance.access.adapter.out.yaml.RoleCatalogueFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A role that allows it and an agreement in force that covers it, or a refusal naming why: the shipped roles, as a table. */
class AccessPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final Set<String> ALL = Set.of("social-care", "education-skills", "family-support", "health-wellbeing");
    private static final List<Agreement> AGREEMENTS = List.of(
            new Agreement("DSA-SAFEGUARDING", Set.of("council", "nhs", "police", "school"), ALL,
                    Set.of("safeguarding"), LocalDate.of(2024, 4, 1), null),
            new Agreement("DSA-EARLY-HELP", Set.of("council", "voluntary-sector"), Set.of("family-support"),
                    Set.of("early-help", "family-support"), LocalDate.of(2024, 4, 1), null),
            new Agreement("DSA-ENDED", Set.of("housing-association"), ALL, Set.of("safeguarding"),
                    LocalDate.of(2023, 1, 1), LocalDate.of(2025, 6, 29)),
            new Agreement("DSA-LAST-DAY", Set.of("youth-trust"), ALL, Set.of("safeguarding"),
                    LocalDate.of(2023, 1, 1), TODAY));
    private final AccessPolicy policy = new AccessPolicy(RoleCatalogueFile.load(), AGREEMENTS);

    @ParameterizedTest(name = "{0} of {1}: {4} {3} in {2} for {5} -> {6} {7} {8}")
    @CsvSource(nullValues = "-", textBlock = """
            # roles                         | organisation        | context          | record type           | op    | purpose        | permitted | rule                       | agreement
            social-worker                   | council             | social-care      | period-of-care        | READ  | -              | true      | ROLE-AND-AGREEMENT         | DSA-SAFEGUARDING
            social-worker                   | council             | social-care      | contact               | WRITE | -              | true      | ROLE-AND-AGREEMENT         | DSA-SAFEGUARDING
            social-worker                   | council             | health-wellbeing | health-record         | WRITE | -              | false     | ROLE-NOT-PERMITTED         | -
            social-worker                   | rogue-agency        | social-care      | period-of-care        | READ  | -              | false     | NO-DATA-SHARING-AGREEMENT  | -
            social-worker                   | housing-association | social-care      | period-of-care        | READ  | -              | false     | NO-DATA-SHARING-AGREEMENT  | -
            social-worker                   | youth-trust         | social-care      | period-of-care        | READ  | -              | true      | ROLE-AND-AGREEMENT         | DSA-LAST-DAY
            police-officer                  | police              | social-care      | contact               | READ  | -              | true      | ROLE-AND-AGREEMENT         | DSA-SAFEGUARDING
            police-officer                  | police              | social-care      | contact               | WRITE | -              | false     | ROLE-NOT-PERMITTED         | -
            police-officer                  | police              | social-care      | period-of-care        | READ  | -              | false     | ROLE-NOT-PERMITTED         | -
            early-help-practitioner         | voluntary-sector    | family-support   | early-help-episode    | WRITE | family-support | true      | ROLE-AND-AGREEMENT         | DSA-EARLY-HELP
            early-help-practitioner         | voluntary-sector    | family-support   | family-hub            | WRITE | family-support | false     | ROLE-NOT-PERMITTED         | -
            early-help-practitioner         | voluntary-sector    | family-support   | family-plan           | READ  | safeguarding   | false     | NO-DATA-SHARING-AGREEMENT  | -
            early-help-practitioner         | voluntary-sector    | social-care      | contact               | READ  | -              | false     | NO-DATA-SHARING-AGREEMENT  | -
            early-help-practitioner         | council             | family-support   | family-plan           | READ  | -              | true      | ROLE-AND-AGREEMENT         | DSA-EARLY-HELP
            health-visitor                  | nhs                 | health-wellbeing | health-record         | WRITE | -              | true      | ROLE-AND-AGREEMENT         | DSA-SAFEGUARDING
            health-visitor                  | nhs                 | social-care      | child-protection-plan | READ  | safeguarding   | true      | ROLE-AND-AGREEMENT         | DSA-SAFEGUARDING
            health-visitor                  | nhs                 | social-care      | child-protection-plan | WRITE | -              | false     | ROLE-NOT-PERMITTED         | -
            designated-safeguarding-lead    | school              | education-skills | attendance            | WRITE | -              | true      | ROLE-AND-AGREEMENT         | DSA-SAFEGUARDING
            designated-safeguarding-lead    | school              | education-skills | pupil-attendance      | IMPORT | -             | true      | ROLE-AND-AGREEMENT         | DSA-SAFEGUARDING
            virtual-school-officer          | council             | education-skills | pupil-results         | IMPORT | -             | true      | ROLE-AND-AGREEMENT         | DSA-SAFEGUARDING
            send-caseworker                 | council             | education-skills | pupil-attendance      | WRITE | -              | true      | ROLE-AND-AGREEMENT         | DSA-SAFEGUARDING
            send-caseworker                 | council             | education-skills | pupil-attendance      | IMPORT | -             | false     | IMPORT-NOT-PERMITTED       | -
            social-worker                   | council             | social-care      | contact               | IMPORT | -             | false     | IMPORT-NOT-PERMITTED       | -
            designated-safeguarding-lead    | rogue-agency        | education-skills | pupil-attendance      | IMPORT | -             | false     | NO-DATA-SHARING-AGREEMENT  | -
            virtual-school-officer          | council             | social-care      | period-of-care        | READ  | -              | true      | ROLE-AND-AGREEMENT         | DSA-SAFEGUARDING
            virtual-school-officer          | council             | social-care      | contact               | READ  | -              | false     | ROLE-NOT-PERMITTED         | -
            performance-analyst             | council             | social-care      | period-of-care        | READ  | -              | false     | ROLE-NOT-PERMITTED         | -
            board-member                    | council             | social-care      | period-of-care        | READ  | -              | false     | ROLE-NOT-PERMITTED         | -
            auditor                         | council             | social-care      | period-of-care        | READ  | -              | false     | ROLE-NOT-PERMITTED         | -
            administrator                   | council             | social-care      | period-of-care        | READ  | -              | false     | ROLE-NOT-PERMITTED         | -
            -                               | council             | social-care      | period-of-care        | READ  | -              | false     | ROLE-NOT-PERMITTED         | -
            performance-analyst,team-manager | council            | family-support   | early-help-episode    | WRITE | -              | true      | ROLE-AND-AGREEMENT         | DSA-EARLY-HELP
            made-up-role                    | council             | social-care      | period-of-care        | READ  | -              | false     | ROLE-NOT-PERMITTED         | -
            social-worker                   | cypf                | social-care      | period-of-care        | READ  | -              | false     | RESERVED-IDENTITY          | -
            social-worker,system            | council             | social-care      | period-of-care        | READ  | -              | false     | RESERVED-IDENTITY          | -
            """, delimiter = '|')
    void decides_by_role_and_agreement(String roles, String organisation, String context, String recordType,
                                       Operation operation, String purpose, boolean permitted, String rule,
                                       String agreement) {
        Set<String> held = roles == null ? Set.of()
                : Arrays.stream(roles.split(",")).map(String::strip).collect(Collectors.toSet());
        AccessDecision decision = policy.decide(new AccessPolicy.Request(organisation, held, false, context,
                recordType, operation, purpose, TODAY));
        assertEquals(permitted, decision.permitted());
        assertEquals(rule, decision.rule());
        assertEquals(agreement, decision.agreement());
        if (permitted) {
            assertTrue(held.contains(decision.role()), "the decision names a role the caller holds: " + decision.role());
        }
    }

    @Test
    void a_cypf_component_on_a_statutory_duty_is_permitted_without_role_or_agreement() {
        var decision = policy.decide(new AccessPolicy.Request("cypf", Set.of("system"), true, "education-skills",
                "virtual-school-registration", Operation.WRITE, null, TODAY));
        assertEquals(new AccessDecision(true, "CYPF-STATUTORY-DUTY", "system", null), decision);
    }

    @Test
    void with_no_agreements_only_components_are_permitted() {
        var none = new AccessPolicy(RoleCatalogueFile.load(), List.of());
        assertEquals("NO-DATA-SHARING-AGREEMENT", none.decide(new AccessPolicy.Request("council",
                Set.of("social-worker"), false, "social-care", "contact", Operation.READ, null, TODAY)).rule());
        assertEquals(new AccessDecision(false, "NOT-A-PARTNER"), none.partnership("council", false, TODAY));
        assertEquals(new AccessDecision(true, "CYPF-STATUTORY-DUTY"), none.partnership("cypf", true, TODAY));
    }

    @Test
    void membership_of_the_partnership_is_being_party_to_an_agreement_in_force() {
        assertEquals(new AccessDecision(true, "PARTNER-ORGANISATION"), policy.partnership("voluntary-sector", false, TODAY));
        assertEquals(new AccessDecision(false, "NOT-A-PARTNER"), policy.partnership("housing-association", false, TODAY));
        assertEquals(new AccessDecision(true, "PARTNER-ORGANISATION"), policy.partnership("housing-association", false,
                TODAY.minusDays(1)));
    }

    @Test
    void analysts_and_board_members_see_aggregates_and_practitioners_their_own_contexts() {
        assertTrue(policy.seesAggregates(Set.of("board-member"), "social-care"));
        assertTrue(policy.seesAggregates(Set.of("performance-analyst"), "health-wellbeing"));
        assertFalse(policy.seesAggregates(Set.of("auditor"), "social-care"));
        assertFalse(policy.seesAggregates(Set.of(), "social-care"));
    }

    @Test
    void only_an_auditor_may_read_the_access_audit() {
        assertEquals("auditor", policy.grantingRole(Set.of("social-worker", "auditor"), "governance", Operation.READ,
                "access-audit").orElseThrow());
        for (String role : List.of("social-worker", "team-manager", "administrator", "performance-analyst", "board-member")) {
            assertTrue(policy.grantingRole(Set.of(role), "governance", Operation.READ, "access-audit").isEmpty(), role);
        }
    }

    @Test
    void only_purposes_the_agreements_name_narrow_a_decision() {
        assertTrue(policy.knowsPurpose("safeguarding"));
        assertFalse(policy.knowsPurpose("preparing the child's looked-after review"));
        assertFalse(policy.knowsPurpose(null));
    }

    @Test
    void the_shipped_catalogue_names_every_role_issue_8_names() {
        Set<String> ids = RoleCatalogueFile.load().all().stream().map(Role::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("social-worker", "team-manager", "early-help-practitioner", "health-visitor",
                "school-nurse", "designated-safeguarding-lead", "virtual-school-officer", "send-caseworker",
                "performance-analyst", "board-member", "auditor", "administrator")), ids.toString());
        for (String aggregatesOnly : List.of("performance-analyst", "board-member")) {
            Role role = RoleCatalogueFile.load().role(aggregatesOnly).orElseThrow();
            assertTrue(role.grants().values().stream().noneMatch(ContextGrant::anyRecord), aggregatesOnly);
        }
    }

    @Test
    void two_agreements_with_one_id_or_two_roles_with_one_id_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> new AccessPolicy(RoleCatalogueFile.load(),
                List.of(AGREEMENTS.getFirst(), AGREEMENTS.getFirst())));
        var role = new Role("social-worker", "Social worker", java.util.Map.of());
        assertThrows(IllegalArgumentException.class, () -> new RoleCatalogue(List.of(role, role)));
    }

    @Test
    void the_agreements_and_their_parties_are_fixed_when_the_policy_is_made() {
        var parties = new HashSet<>(Set.of("council"));
        var agreement = new Agreement("DSA-X", parties, Set.of("social-care"), Set.of("safeguarding"), TODAY, null);
        parties.add("rogue-agency");
        var fixed = new AccessPolicy(RoleCatalogueFile.load(), List.of(agreement));
        assertEquals("NO-DATA-SHARING-AGREEMENT", fixed.decide(new AccessPolicy.Request("rogue-agency",
                Set.of("social-worker"), false, "social-care", "contact", Operation.READ, null, TODAY)).rule());
    }

    @ParameterizedTest(name = "{0} of {1} as {2}, owner {3}, submitted by {4} -> {5} {6}")
    @CsvSource(nullValues = "-", textBlock = """
            # user     | organisation | roles                | owner's organisation | submitted by | permitted | rule
            user.nhs   | nhs          | board-member         | -                    | -            | true      | PARTNER-ORGANISATION
            user.nhs   | nhs          | board-member         | nhs                  | -            | true      | MEASURE-OWNER
            user.pa    | council      | performance-analyst  | nhs                  | -            | true      | PERFORMANCE-TEAM
            user.sw    | council      | social-worker        | nhs                  | -            | false     | GOV-OWN-01
            user.nhs2  | nhs          | board-member         | nhs                  | user.nhs     | true      | MEASURE-OWNER
            user.nhs   | nhs          | board-member         | nhs                  | user.nhs     | false     | GOV-OWN-02
            user.pa    | council      | performance-analyst  | nhs                  | user.pa      | false     | GOV-OWN-02
            user.pa    | council      | performance-analyst  | -                    | user.pa      | false     | GOV-OWN-02
            user.sw    | council      | social-worker        | nhs                  | user.nhs     | false     | GOV-OWN-01
            """, delimiter = '|')
    void owned_measures_values_are_submitted_by_the_owner_or_performance_team_and_approved_by_someone_else(
            String user, String organisation, String roles, String ownerOrganisation, String submittedBy,
            boolean permitted, String rule) {
        AccessDecision decision = policy.measureValue(organisation, Set.of(roles.split(",")), false, user,
                ownerOrganisation, submittedBy);
        assertEquals(permitted, decision.permitted(), decision::toString);
        assertEquals(rule, decision.rule());
    }

    @Test
    void an_import_grant_does_not_write_one_record_and_a_write_grant_does_not_import() throws Exception {
        var catalogue = RoleCatalogueFile.read(new java.io.ByteArrayInputStream("""
                roles:
                  - id: census-loader
                    title: Census loader
                    grants:
                      education-skills: { import: ["pupil-attendance"] }
                  - id: attendance-writer
                    title: Attendance writer
                    grants:
                      education-skills: { read: ["*"], write: ["pupil-attendance"] }
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var policy = new AccessPolicy(catalogue, AGREEMENTS);
        var importing = policy.decide(new AccessPolicy.Request("school", Set.of("census-loader"), false,
                "education-skills", "pupil-attendance", Operation.IMPORT, null, TODAY));
        assertTrue(importing.permitted());
        assertEquals("census-loader", importing.role());
        assertEquals("ROLE-NOT-PERMITTED", policy.decide(new AccessPolicy.Request("school", Set.of("census-loader"), false,
                "education-skills", "pupil-attendance", Operation.WRITE, null, TODAY)).rule(), "an import grant writes no single record");
        assertEquals("ROLE-NOT-PERMITTED", policy.decide(new AccessPolicy.Request("school", Set.of("census-loader"), false,
                "education-skills", "pupil-attendance", Operation.READ, null, TODAY)).rule(), "nor reads one");
        assertEquals("IMPORT-NOT-PERMITTED", policy.decide(new AccessPolicy.Request("school", Set.of("attendance-writer"),
                false, "education-skills", "pupil-attendance", Operation.IMPORT, null, TODAY)).rule(),
                "a write grant imports nothing");
        assertEquals("IMPORT-NOT-PERMITTED", policy.decide(new AccessPolicy.Request("school", Set.of("census-loader"), false,
                "education-skills", "pupil-exclusion", Operation.IMPORT, null, TODAY)).rule(), "only the types granted");
    }
}

package org.cypf.governance.api.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cypf.kernel.identity.Principal;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Unauthenticated;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static Caller from(String user, String organisation, String... roles) {
        return Caller.from(new Principal(user, organisation, Set.of(roles), "https://issuer.example"),
                name -> Optional.empty());
    }

    @Test
    void a_caller_is_the_principal_with_the_purpose_header_and_nothing_else_of_the_request() {
        var principal = new Principal("sw.smith", "council", Set.of(), "https://issuer.example");
        // Headers that once said who was asking are no longer read: only the token does.
        Map<String, String> headers = Map.of("X-CYPF-User", "someone.else", "X-CYPF-Organisation", "police",
                "X-CYPF-Role", "auditor", Caller.PURPOSE_HEADER, "strategy discussion");
        Caller caller = Caller.from(principal, name -> Optional.ofNullable(headers.get(name)));
        assertEquals("sw.smith", caller.userId());
        assertEquals("council", caller.organisation());
        assertNull(caller.role());
        assertEquals("strategy discussion", caller.statedPurpose());
        assertFalse(caller.isSystem());
    }

    @Test
    void a_caller_without_user_or_organisation_is_unauthenticated() {
        assertThrows(Unauthenticated.class, () -> new Caller(" ", "council", Set.of(), null));
        assertThrows(Unauthenticated.class, () -> new Caller("sw.smith", null, Set.of(), null));
    }

    @Test
    void nobody_may_claim_to_be_a_cypf_component_through_a_token() {
        assertThrows(AccessDenied.class, () -> from("x", "CYPF", "system"));
        assertTrue(Caller.system("education-skills.virtual-school").isSystem());
    }

    @Test
    void over_long_identities_are_refused() {
        assertThrows(Unauthenticated.class, () -> from("u".repeat(201), "council"));
    }

    @Test
    void a_caller_may_hold_several_roles() {
        Caller caller = from("tm.patel", "council", "team-manager", "social-worker");
        assertEquals(Set.of("team-manager", "social-worker"), caller.roles());
        assertTrue(caller.holds("team-manager"));
        assertFalse(caller.holds("auditor"));
        assertEquals("social-worker,team-manager", caller.role(), "the audit's text: sorted, comma-separated");
    }

    @Test
    void nobody_may_claim_the_system_role_whatever_their_organisation() {
        assertThrows(AccessDenied.class, () -> from("x", "council", "social-worker", "System"));
    }

    @Test
    void a_caller_is_made_from_a_verified_principal_with_the_purpose_the_request_states() {
        var principal = new Principal("hv.khan", "nhs", Set.of("health-visitor"), "https://issuer.example");
        Caller caller = Caller.from(principal, name -> Caller.PURPOSE_HEADER.equals(name)
                ? Optional.of(" new birth visit ") : Optional.empty());
        assertEquals(new Caller("hv.khan", "nhs", Set.of("health-visitor"), "new birth visit", null,
                "https://issuer.example"), caller);
        assertEquals("https://issuer.example", caller.issuer(), "the audit records who vouched for the caller");
        assertNull(Caller.from(principal, name -> Optional.empty()).statedPurpose());
    }

    @Test
    void a_token_cannot_make_its_holder_a_cypf_component() {
        assertThrows(AccessDenied.class, () -> Caller.from(
                new Principal("x", "CYPF", Set.of("auditor"), "https://issuer.example"), name -> Optional.empty()));
        assertThrows(AccessDenied.class, () -> Caller.from(
                new Principal("x", "council", Set.of("system"), "https://issuer.example"), name -> Optional.empty()));
    }

    @Test
    void the_roles_are_copied_so_a_caller_cannot_change_after_it_is_made() {
        var roles = new HashSet<>(Set.of("social-worker"));
        var caller = new Caller("sw.smith", "council", roles, null);
        roles.add("auditor");
        assertFalse(caller.holds("auditor"));
        assertThrows(UnsupportedOperationException.class, () -> caller.roles().add("auditor"));
    }

    @Test
    void the_one_role_constructor_is_a_caller_with_that_role_or_none() {
        assertEquals(Set.of("social-worker"), new Caller("a", "council", "social-worker", null).roles());
        assertEquals(Set.of(), new Caller("a", "council", (String) null, null).roles());
        assertTrue(Caller.system("education-skills.virtual-school").holds(Caller.SYSTEM_ROLE));
    }
}

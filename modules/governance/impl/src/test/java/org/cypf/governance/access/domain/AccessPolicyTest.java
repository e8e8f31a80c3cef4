package org.cypf.governance.access.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The partnership's first information-sharing rules, tried in order, each decision naming its rule. */
class AccessPolicyTest {
    private final AccessPolicy policy = new AccessPolicy(Set.of("council", "nhs-trust"));

    @Test
    void a_practitioner_of_a_partner_organisation_is_permitted() {
        assertEquals(new AccessDecision(true, "PARTNER-ORGANISATION"), policy.decide("council", false));
        assertEquals(new AccessDecision(true, "PARTNER-ORGANISATION"), policy.decide("nhs-trust", false));
    }

    @Test
    void anyone_else_is_refused() {
        assertEquals(new AccessDecision(false, "NOT-A-PARTNER"), policy.decide("rogue-agency", false));
        assertEquals(new AccessDecision(false, "NOT-A-PARTNER"), policy.decide("", false));
    }

    @Test
    void a_cypf_component_on_a_statutory_duty_is_permitted_whatever_its_organisation() {
        assertEquals(new AccessDecision(true, "CYPF-STATUTORY-DUTY"), policy.decide("cypf", true));
        assertEquals(new AccessDecision(true, "CYPF-STATUTORY-DUTY"), policy.decide("council", true),
                "the statutory-duty rule is tried first");
    }

    @Test
    void with_no_partners_only_components_are_permitted() {
        var none = new AccessPolicy(Set.of());
        assertEquals(new AccessDecision(false, "NOT-A-PARTNER"), none.decide("council", false));
        assertEquals(new AccessDecision(true, "CYPF-STATUTORY-DUTY"), none.decide("cypf", true));
    }

    @Test
    void the_partners_are_fixed_when_the_policy_is_made() {
        var partners = new HashSet<>(Set.of("council"));
        var fixed = new AccessPolicy(partners);
        partners.add("rogue-agency");
        partners.remove("council");
        assertEquals(new AccessDecision(false, "NOT-A-PARTNER"), fixed.decide("rogue-agency", false));
        assertEquals(new AccessDecision(true, "PARTNER-ORGANISATION"), fixed.decide("council", false));
    }
}

package org.cypf.kernel.identity;

import java.util.Objects;
import java.util.Set;

/**
 * Who a verified token says is asking: the user, their partner organisation and the roles the issuer gave them.
 * Only the platform's authentication makes one, from a token whose signature, issuer, audience and expiry it has
 * checked (ADR 0021); nothing a client sends in a header becomes a principal.
 *
 * @param userId       the token's subject
 * @param organisation the partner organisation the user belongs to (a claim of the token)
 * @param roles        the user's roles, in CYPF's words, e.g. {@code social-worker}, {@code auditor}
 * @param issuer       who vouched for the user (the token's {@code iss})
 */
public record Principal(String userId, String organisation, Set<String> roles, String issuer) {
    public Principal {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(issuer, "issuer");
        roles = Set.copyOf(roles);
    }

    public boolean holds(String role) {
        return roles.contains(role);
    }
}

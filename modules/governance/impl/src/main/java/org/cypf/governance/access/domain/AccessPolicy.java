package org.cypf.governance.access.domain;

import java.util.Set;

/**
 * Who may see a child's record: the first version of the partnership's information-sharing rules.
 * Each decision names the rule that made it, so the audit shows why, not only what. Rules are tried in order:
 * <ol>
 *   <li>{@code CYPF-STATUTORY-DUTY}: a CYPF component acting on a statutory duty (e.g. the virtual school on a child entering care);</li>
 *   <li>{@code PARTNER-ORGANISATION}: a practitioner of an organisation that is a member of the partnership;</li>
 *   <li>{@code NOT-A-PARTNER}: anyone else is refused.</li>
 * </ol>
 * Roles, data-sharing agreements and legitimate-relationship checks arrive with information governance (ROADMAP 8).
 */
public final class AccessPolicy {
    private final Set<String> partnerOrganisations;

    public AccessPolicy(Set<String> partnerOrganisations) {
        this.partnerOrganisations = Set.copyOf(partnerOrganisations);
    }

    public AccessDecision decide(String organisation, boolean systemComponent) {
        if (systemComponent) {
            return new AccessDecision(true, "CYPF-STATUTORY-DUTY");
        }
        if (partnerOrganisations.contains(organisation)) {
            return new AccessDecision(true, "PARTNER-ORGANISATION");
        }
        return new AccessDecision(false, "NOT-A-PARTNER");
    }
}

package org.cypf.governance.strategy.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Who may submit and approve the values of an owned measure (rule {@value #RULE}): the users of the owning
 * partner's organisation, and the partnership's performance team (role {@value #PERFORMANCE_TEAM}). A measure
 * without an owner is open to every partner organisation, as the partnership rule already decides.
 */
public final class MeasureOwnership {
    public static final String RULE = "GOV-OWN-01";
    public static final String PERFORMANCE_TEAM = "performance-analyst";

    private MeasureOwnership() {}

    /**
     * Why the caller may not {@code act} ("submit values of", "approve values of") the measure, or empty when it may.
     *
     * @param ownerName         the owning partner's name, null when the measure has no owner
     * @param ownerOrganisation the organisation whose users act for the owner
     */
    public static Optional<String> refusal(String act, String measureId, String ownerName, String ownerOrganisation,
                                           String callerOrganisation, Set<String> callerRoles) {
        if (ownerName == null || callerRoles.contains(PERFORMANCE_TEAM) || ownerOrganisation.equals(callerOrganisation)) {
            return Optional.empty();
        }
        return Optional.of("only users of " + ownerName + " (organisation " + ownerOrganisation
                + ") or the partnership's performance team (role " + PERFORMANCE_TEAM + ") may " + act + " measure "
                + measureId + ", which " + ownerName + " owns (rule " + RULE + ")");
    }
}

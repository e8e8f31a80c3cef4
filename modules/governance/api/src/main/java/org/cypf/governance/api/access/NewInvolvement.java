package org.cypf.governance.api.access;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.problem.Violations;

/**
 * An involvement to record: a practitioner allocated to a child, a member of the child's allocated team, or someone
 * with a recorded purpose (e.g. a strategy discussion) for a period (ADR 0032).
 *
 * @param kind      {@code ALLOCATED-WORKER}, {@code ALLOCATED-TEAM} or {@code RECORDED-PURPOSE}
 * @param team      the allocated team, for {@code ALLOCATED-TEAM}; otherwise null
 * @param purpose   why, for {@code RECORDED-PURPOSE}; otherwise null
 * @param validTo   the last day, or null until ended; a recorded purpose must end
 */
public record NewInvolvement(UUID childId, String userId, String organisation, String kind, @Nullable String team,
                             @Nullable String purpose, LocalDate validFrom, @Nullable LocalDate validTo) {
    public static final Set<String> KINDS = Set.of("ALLOCATED-WORKER", "ALLOCATED-TEAM", "RECORDED-PURPOSE");

    public NewInvolvement {
        var v = new Violations();
        v.check(childId != null, "childId", "is required");
        v.check(userId != null && !userId.isBlank() && userId.length() <= 200, "userId", "must be 1 to 200 characters");
        v.check(organisation != null && !organisation.isBlank() && organisation.length() <= 200, "organisation",
                "must be 1 to 200 characters");
        v.check(kind != null && KINDS.contains(kind), "kind", "must be one of " + String.join(", ", KINDS.stream().sorted().toList()));
        boolean team_ = "ALLOCATED-TEAM".equals(kind);
        boolean purpose_ = "RECORDED-PURPOSE".equals(kind);
        v.check(team_ == (team != null && !team.isBlank()), "team", team_ ? "is required for ALLOCATED-TEAM" : "is only for ALLOCATED-TEAM");
        v.check(team == null || team.length() <= 200, "team", "must be at most 200 characters");
        v.check(purpose_ == (purpose != null && !purpose.isBlank()), "purpose",
                purpose_ ? "is required for RECORDED-PURPOSE" : "is only for RECORDED-PURPOSE");
        v.check(purpose == null || purpose.length() <= 500, "purpose", "must be at most 500 characters");
        v.check(validFrom != null, "validFrom", "is required");
        v.check(!purpose_ || validTo != null, "validTo", "is required for RECORDED-PURPOSE: a purpose is valid for a period");
        v.check(validFrom == null || validTo == null || !validTo.isBefore(validFrom), "validTo", "must not be before validFrom");
        v.throwIfAny();
    }
}

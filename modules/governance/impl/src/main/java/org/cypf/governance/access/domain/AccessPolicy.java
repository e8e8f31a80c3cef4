package org.cypf.governance.access.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see or change a child's record: a role that allows it <em>and</em> a lawful basis, the caller's
 * organisation being party to a data-sharing agreement in force that covers the context (and the purpose, when the
 * caller names one of the agreements' purposes). Each decision names the rule that made it. Rules are tried in order:
 * <ol>
 *   <li>{@value #STATUTORY_DUTY}: a CYPF component acting on a statutory duty (e.g. the virtual school on a child
 *       entering care) is permitted;</li>
 *   <li>{@value #RESERVED_IDENTITY}: anyone else claiming CYPF's organisation or the system role is refused;</li>
 *   <li>{@value #ROLE_NOT_PERMITTED}: refused when none of the caller's roles allows the operation on that record type
 *       in that context (analysts and board members see aggregates only, never a child's record);</li>
 *   <li>{@value #NO_AGREEMENT}: refused when no agreement in force covers the organisation, context and purpose;</li>
 *   <li>{@value #ROLE_AND_AGREEMENT}: otherwise permitted, naming the role and the agreement relied on.</li>
 * </ol>
 * Involvement (allocated worker, team) and break glass come later (issue 8).
 */
public final class AccessPolicy {
    public static final String STATUTORY_DUTY = "CYPF-STATUTORY-DUTY";
    public static final String RESERVED_IDENTITY = "RESERVED-IDENTITY";
    public static final String ROLE_NOT_PERMITTED = "ROLE-NOT-PERMITTED";
    public static final String NO_AGREEMENT = "NO-DATA-SHARING-AGREEMENT";
    public static final String ROLE_AND_AGREEMENT = "ROLE-AND-AGREEMENT";
    public static final String PARTNER = "PARTNER-ORGANISATION";
    public static final String NOT_A_PARTNER = "NOT-A-PARTNER";
    /** CYPF's own organisation and role, which no person holds. */
    public static final String PLATFORM_ORGANISATION = "cypf";
    public static final String SYSTEM_ROLE = "system";

    /**
     * One question to the policy.
     *
     * @param purpose a purpose the caller named, one the agreements know ({@link #knowsPurpose}); null for any purpose
     */
    public record Request(String organisation, Set<String> roles, boolean systemComponent, String context,
                          String recordType, Operation operation, String purpose, LocalDate date) {
        public Request {
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(recordType, "recordType");
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(date, "date");
            roles = Set.copyOf(roles);
        }
    }

    private final RoleCatalogue roles;
    private final List<Agreement> agreements;

    public AccessPolicy(RoleCatalogue roles, List<Agreement> agreements) {
        this.roles = Objects.requireNonNull(roles, "roles");
        this.agreements = agreements.stream().sorted(Comparator.comparing(Agreement::id)).toList();
        if (this.agreements.stream().map(Agreement::id).distinct().count() != this.agreements.size()) {
            throw new IllegalArgumentException("two data-sharing agreements have the same id");
        }
    }

    public AccessDecision decide(Request r) {
        if (r.systemComponent()) {
            return new AccessDecision(true, STATUTORY_DUTY, SYSTEM_ROLE, null);
        }
        if (PLATFORM_ORGANISATION.equalsIgnoreCase(r.organisation()) || r.roles().stream().anyMatch(SYSTEM_ROLE::equalsIgnoreCase)) {
            return new AccessDecision(false, RESERVED_IDENTITY);
        }
        Optional<Role> granting = roles.all().stream().filter(role -> r.roles().contains(role.id()))
                .filter(role -> role.permits(r.context(), r.operation(), r.recordType())).findFirst();
        if (granting.isEmpty()) {
            return new AccessDecision(false, ROLE_NOT_PERMITTED);
        }
        Optional<Agreement> basis = agreements.stream()
                .filter(a -> a.covers(r.organisation(), r.context(), r.purpose(), r.date())).findFirst();
        if (basis.isEmpty()) {
            return new AccessDecision(false, NO_AGREEMENT, granting.get().id(), null);
        }
        return new AccessDecision(true, ROLE_AND_AGREEMENT, granting.get().id(), basis.get().id());
    }

    /**
     * Membership of the partnership, for its shared plans (strategies) rather than a child's record: a CYPF component,
     * or an organisation party to any data-sharing agreement in force on {@code date}.
     */
    public AccessDecision partnership(String organisation, boolean systemComponent, LocalDate date) {
        if (systemComponent) {
            return new AccessDecision(true, STATUTORY_DUTY);
        }
        boolean party = agreements.stream().anyMatch(a -> a.parties().contains(organisation)
                && !date.isBefore(a.validFrom()) && (a.validTo() == null || !date.isAfter(a.validTo())));
        return party ? new AccessDecision(true, PARTNER) : new AccessDecision(false, NOT_A_PARTNER);
    }

    /** Whether some role held lets its holder see the context's aggregates (counts and rates naming no child). */
    public boolean seesAggregates(Set<String> heldRoles, String context) {
        return roles.all().stream().anyMatch(role -> heldRoles.contains(role.id()) && role.seesAggregates(context));
    }

    /** Whether some held role may read {@code recordType} of {@code context}: for records that are not a child's (the audit). */
    public Optional<String> grantingRole(Set<String> heldRoles, String context, Operation operation, String recordType) {
        return roles.all().stream().filter(role -> heldRoles.contains(role.id()))
                .filter(role -> role.permits(context, operation, recordType)).map(Role::id).findFirst();
    }

    /** Whether {@code purpose} is one the agreements name, so that a caller naming it narrows the agreements considered. */
    public boolean knowsPurpose(String purpose) {
        return purpose != null && agreements.stream().anyMatch(a -> a.purposes().contains(purpose));
    }

    public RoleCatalogue roles() {
        return roles;
    }

    public List<Agreement> agreements() {
        return agreements;
    }
}

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
 *       in that context (analysts and board members see aggregates only, never a child's record);
 *       {@value #IMPORT_NOT_PERMITTED} instead when the operation is a bulk import, which only an import grant allows
 *       (ADR 0029);</li>
 *   <li>{@value #NO_AGREEMENT}: refused when no agreement in force covers the organisation, context and purpose;</li>
 *   <li>{@value #ROLE_AND_AGREEMENT}: permitted, naming the role and the agreement relied on, when the request is
 *       not about one child's record (a list, or a decision at the level of the record type) or the caller is involved
 *       with the child (allocated worker, allocated team, a recorded purpose in its period, or the record's creator);</li>
 *   <li>{@value #BREAK_GLASS_WITHOUT_REASON}: refused when a caller not involved asks to break glass without a reason;</li>
 *   <li>{@value #BREAK_GLASS}: permitted, flagged for review, when a caller not involved states a reason;</li>
 *   <li>{@value #NOT_INVOLVED}: otherwise refused (ADR 0032).</li>
 * </ol>
 */
public final class AccessPolicy {
    public static final String STATUTORY_DUTY = "CYPF-STATUTORY-DUTY";
    public static final String RESERVED_IDENTITY = "RESERVED-IDENTITY";
    public static final String ROLE_NOT_PERMITTED = "ROLE-NOT-PERMITTED";
    /** A bulk import by a caller none of whose roles is granted to import that record type (ADR 0029). */
    public static final String IMPORT_NOT_PERMITTED = "IMPORT-NOT-PERMITTED";
    public static final String NO_AGREEMENT = "NO-DATA-SHARING-AGREEMENT";
    public static final String ROLE_AND_AGREEMENT = "ROLE-AND-AGREEMENT";
    public static final String NOT_INVOLVED = "NOT-INVOLVED";
    public static final String BREAK_GLASS = "BREAK-GLASS";
    public static final String BREAK_GLASS_WITHOUT_REASON = "BREAK-GLASS-WITHOUT-REASON";
    public static final String PARTNER = "PARTNER-ORGANISATION";
    public static final String NOT_A_PARTNER = "NOT-A-PARTNER";
    /** An owned measure's values: neither the owner's user nor the performance team (ADR 0025, 0027). */
    public static final String NOT_THE_MEASURE_OWNER = "GOV-OWN-01";
    /** An owned measure's values: the user who submitted a value may not approve it (ADR 0027). */
    public static final String SEPARATION_OF_DUTIES = "GOV-OWN-02";
    public static final String MEASURE_OWNER = "MEASURE-OWNER";
    public static final String PERFORMANCE_TEAM = "PERFORMANCE-TEAM";
    /** The role of the partnership's performance team, who may submit and approve any measure's values. */
    public static final String PERFORMANCE_TEAM_ROLE = "performance-analyst";
    /** CYPF's own organisation and role, which no person holds. */
    public static final String PLATFORM_ORGANISATION = "cypf";
    public static final String SYSTEM_ROLE = "system";

    /**
     * One question to the policy.
     *
     * @param purpose    a purpose the caller named, one the agreements know ({@link #knowsPurpose}); null for any purpose
     * @param involved   whether the caller is involved with the child; null when the request is not about one child's
     *                   record (a list, or the record type as a whole), so involvement is not asked
     * @param breakGlass the caller's reason for breaking glass; null when not breaking glass, blank without a reason
     */
    public record Request(String organisation, Set<String> roles, boolean systemComponent, String context,
                          String recordType, Operation operation, String purpose, LocalDate date, Boolean involved,
                          String breakGlass) {
        /** A request at the level of the record type, not asking about involvement. */
        public Request(String organisation, Set<String> roles, boolean systemComponent, String context,
                       String recordType, Operation operation, String purpose, LocalDate date) {
            this(organisation, roles, systemComponent, context, recordType, operation, purpose, date, null, null);
        }

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
            return new AccessDecision(false, r.operation() == Operation.IMPORT ? IMPORT_NOT_PERMITTED : ROLE_NOT_PERMITTED);
        }
        Optional<Agreement> basis = agreements.stream()
                .filter(a -> a.covers(r.organisation(), r.context(), r.purpose(), r.date())).findFirst();
        if (basis.isEmpty()) {
            return new AccessDecision(false, NO_AGREEMENT, granting.get().id(), null);
        }
        if (r.involved() == null || r.involved()) {
            return new AccessDecision(true, ROLE_AND_AGREEMENT, granting.get().id(), basis.get().id());
        }
        if (r.breakGlass() != null) {
            return r.breakGlass().isBlank()
                    ? new AccessDecision(false, BREAK_GLASS_WITHOUT_REASON, granting.get().id(), basis.get().id())
                    : new AccessDecision(true, BREAK_GLASS, granting.get().id(), basis.get().id());
        }
        return new AccessDecision(false, NOT_INVOLVED, granting.get().id(), basis.get().id());
    }

    /**
     * Whether the caller may see any record of {@code context} at all: a role with a grant of some record type in it
     * ({@value #ROLE_NOT_PERMITTED} otherwise; aggregates are not records), and, for a context that data-sharing
     * agreements cover, an agreement in force covering the organisation ({@value #NO_AGREEMENT} otherwise). Asked
     * before telling anyone that an id names no record there (ADR 0033).
     */
    public AccessDecision decideContext(String organisation, Set<String> heldRoles, boolean systemComponent,
                                        String context, LocalDate date) {
        if (systemComponent) {
            return new AccessDecision(true, STATUTORY_DUTY, SYSTEM_ROLE, null);
        }
        if (PLATFORM_ORGANISATION.equalsIgnoreCase(organisation) || heldRoles.stream().anyMatch(SYSTEM_ROLE::equalsIgnoreCase)) {
            return new AccessDecision(false, RESERVED_IDENTITY);
        }
        if (agreements.stream().noneMatch(a -> a.contexts().contains(context))) {
            // Not a context of children's records shared under agreements (governance's strategies, the platform's
            // operations): its routes decide for themselves who may learn what.
            return new AccessDecision(true, ROLE_AND_AGREEMENT);
        }
        Optional<Role> granting = roles.all().stream().filter(role -> heldRoles.contains(role.id()))
                .filter(role -> role.in(context).map(ContextGrant::anyRecord).orElse(false)).findFirst();
        if (granting.isEmpty()) {
            return new AccessDecision(false, ROLE_NOT_PERMITTED);
        }
        Optional<Agreement> basis = agreements.stream()
                .filter(a -> a.covers(organisation, context, null, date)).findFirst();
        return basis.map(a -> new AccessDecision(true, ROLE_AND_AGREEMENT, granting.get().id(), a.id()))
                .orElseGet(() -> new AccessDecision(false, NO_AGREEMENT, granting.get().id(), null));
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

    /**
     * Whether the caller may submit or approve a value of a strategy's measure, asked after {@link #partnership}
     * (ADR 0025, 0027). A measure without an owner is open to every partner; an owned one to the users of the owner's
     * organisation ({@value #MEASURE_OWNER}) and the performance team ({@value #PERFORMANCE_TEAM}), otherwise refused
     * ({@value #NOT_THE_MEASURE_OWNER}). Approving a value its own submitter sent is refused to everyone, the
     * performance team included ({@value #SEPARATION_OF_DUTIES}): one person does not both state and check a figure.
     *
     * @param ownerOrganisation the organisation whose users act for the measure's owner; null when it has none
     * @param submittedBy       for an approval, the user who submitted the value; null for a submission
     */
    public AccessDecision measureValue(String organisation, Set<String> heldRoles, boolean systemComponent,
                                       String userId, String ownerOrganisation, String submittedBy) {
        if (submittedBy != null && submittedBy.equals(userId)) {
            return new AccessDecision(false, SEPARATION_OF_DUTIES);
        }
        if (systemComponent) {
            return new AccessDecision(true, STATUTORY_DUTY, SYSTEM_ROLE, null);
        }
        if (ownerOrganisation == null) {
            return new AccessDecision(true, PARTNER);
        }
        if (ownerOrganisation.equals(organisation)) {
            return new AccessDecision(true, MEASURE_OWNER);
        }
        if (heldRoles.contains(PERFORMANCE_TEAM_ROLE)) {
            return new AccessDecision(true, PERFORMANCE_TEAM, PERFORMANCE_TEAM_ROLE, null);
        }
        return new AccessDecision(false, NOT_THE_MEASURE_OWNER);
    }

    /**
     * Whether some held role that may read {@code recordType} of {@code context} lists every child's records of it,
     * rather than only those of the children its holder is involved with (ADR 0033).
     */
    public boolean listsEveryChild(Set<String> heldRoles, String context, String recordType) {
        return roles.all().stream().filter(role -> heldRoles.contains(role.id()))
                .anyMatch(role -> role.in(context).filter(ContextGrant::partnershipWide)
                        .map(g -> g.permits(Operation.READ, recordType)).orElse(false));
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

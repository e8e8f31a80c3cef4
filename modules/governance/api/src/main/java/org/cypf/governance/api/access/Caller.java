package org.cypf.governance.api.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.cypf.kernel.identity.Principal;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Unauthenticated;

/**
 * Who is asking: a practitioner of a partner organisation holding roles, or a CYPF component acting on a duty.
 * A practitioner comes only from a verified bearer token ({@link #from(Principal, Function)}, ADR 0021): user,
 * organisation and roles are what the issuer signed, never what the request says. The request may only state why
 * ({@link #PURPOSE_HEADER}).
 *
 * @param roles         the roles the caller holds, in CYPF's words (e.g. {@code social-worker}); empty if none
 * @param statedPurpose why the caller says they need the record, if they said; otherwise the use case's purpose is audited
 * @param breakGlass    the reason a caller not involved with the child gives for opening the record anyway
 *                      ({@link #BREAK_GLASS_HEADER}); null when not breaking glass, blank when the header came without
 *                      a reason (which the policy refuses, naming the header) (ADR 0032)
 * @param issuer        who vouched for the caller: the verified token's {@code iss}, recorded in every audit row
 *                      (ADR 0033); null for CYPF's own components and callers made in tests
 */
public record Caller(String userId, String organisation, Set<String> roles, String statedPurpose, String breakGlass,
                     String issuer) {
    public static final String PURPOSE_HEADER = "X-CYPF-Purpose";
    /** The reason for breaking glass: opening a record of a child the caller is not involved with (ADR 0032). */
    public static final String BREAK_GLASS_HEADER = "X-CYPF-Break-Glass";
    /** The organisation of CYPF's own components. */
    public static final String PLATFORM_ORGANISATION = "cypf";
    /** The role of CYPF's own components: never held by a person. */
    public static final String SYSTEM_ROLE = "system";

    public Caller {
        if (userId == null || userId.isBlank() || organisation == null || organisation.isBlank()) {
            throw new Unauthenticated("a caller needs a user and an organisation");
        }
        if (userId.length() > 200 || organisation.length() > 200
                || (statedPurpose != null && statedPurpose.length() > 500)
                || (breakGlass != null && breakGlass.length() > 500)
                || (issuer != null && issuer.length() > 500)) {
            throw new Unauthenticated("a caller's user or organisation is too long, or its purpose or break-glass reason");
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        if (roles.size() > 20 || roles.stream().anyMatch(r -> r.isBlank() || r.length() > 200)) {
            throw new Unauthenticated("a caller's roles are at most 20 names of at most 200 characters");
        }
    }

    /** A caller whose issuer is not known (CYPF's components, tests). */
    public Caller(String userId, String organisation, Set<String> roles, String statedPurpose, String breakGlass) {
        this(userId, organisation, roles, statedPurpose, breakGlass, null);
    }

    /** A caller not breaking glass. */
    public Caller(String userId, String organisation, Set<String> roles, String statedPurpose) {
        this(userId, organisation, roles, statedPurpose, null, null);
    }

    /** The same caller, breaking glass with {@code reason} (blank when the caller gave none). */
    public Caller breakingGlass(String reason) {
        return new Caller(userId, organisation, roles, statedPurpose, reason == null ? "" : reason.strip(), issuer);
    }

    /** Whether the caller asked to break glass (with or without a reason). */
    public boolean breaksGlass() {
        return breakGlass != null;
    }

    /** A caller with one role, or none when {@code role} is null. */
    public Caller(String userId, String organisation, String role, String statedPurpose) {
        this(userId, organisation, role == null ? Set.of() : Set.of(role), statedPurpose);
    }

    /**
     * The caller a verified token names, with the purpose the request states in {@link #PURPOSE_HEADER}. The
     * reserved identity is refused ({@link AccessDenied}): no token, whoever issued it, makes its holder a CYPF
     * component, whose access is a statutory duty rather than a person's.
     */
    public static Caller from(Principal principal, Function<String, Optional<String>> header) {
        Objects.requireNonNull(principal, "principal");
        refuseReservedIdentity(principal.organisation(), principal.roles());
        return new Caller(principal.userId(), principal.organisation(), principal.roles(),
                header.apply(PURPOSE_HEADER).map(String::strip).filter(p -> !p.isEmpty()).orElse(null),
                breakGlass(header), principal.issuer());
    }

    /** A CYPF component acting on its own duty, e.g. the virtual school registering a child who entered care. */
    public static Caller system(String component) {
        return new Caller(component, PLATFORM_ORGANISATION, Set.of(SYSTEM_ROLE), null);
    }

    public boolean isSystem() {
        return PLATFORM_ORGANISATION.equals(organisation) && roles.contains(SYSTEM_ROLE);
    }

    public boolean holds(String role) {
        return roles.contains(role);
    }

    /** The roles as one text, sorted and comma-separated, as the audit records them; null when the caller holds none. */
    public String role() {
        return roles.isEmpty() ? null : String.join(",", new TreeSet<>(roles));
    }

    /** The break-glass reason a request states: null without the header, blank when it came empty. */
    private static String breakGlass(Function<String, Optional<String>> header) {
        return header.apply(BREAK_GLASS_HEADER).map(String::strip).orElse(null);
    }

    /** Whether a verified token claims CYPF's reserved identity (organisation {@code cypf} or role {@code system}). */
    public static boolean claimsReservedIdentity(Principal principal) {
        try {
            refuseReservedIdentity(principal.organisation(), principal.roles());
            return false;
        } catch (AccessDenied refused) {
            return true;
        }
    }

    private static void refuseReservedIdentity(String organisation, Set<String> roles) {
        // CYPF's own components act through Caller.system, never through a request: nobody may claim to be one.
        if (organisation.strip().equalsIgnoreCase(PLATFORM_ORGANISATION)) {
            throw new AccessDenied("the organisation " + PLATFORM_ORGANISATION + " is reserved for CYPF's own components");
        }
        if (roles.stream().anyMatch(r -> r.strip().equalsIgnoreCase(SYSTEM_ROLE))) {
            throw new AccessDenied("the role " + SYSTEM_ROLE + " is reserved for CYPF's own components");
        }
    }
}

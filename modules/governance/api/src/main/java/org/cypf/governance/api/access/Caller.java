package org.cypf.governance.api.access;

import java.util.Optional;
import java.util.function.Function;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Unauthenticated;

/**
 * Who is asking: a practitioner of a partner organisation, or a CYPF component acting on an event.
 * Until authentication arrives (ROADMAP 8) the HTTP adapters read it from request headers.
 *
 * @param statedPurpose why the caller says they need the record, if they said; otherwise the use case's purpose is audited
 */
public record Caller(String userId, String organisation, String role, String statedPurpose) {
    public static final String USER_HEADER = "X-CYPF-User";
    public static final String ORGANISATION_HEADER = "X-CYPF-Organisation";
    public static final String ROLE_HEADER = "X-CYPF-Role";
    public static final String PURPOSE_HEADER = "X-CYPF-Purpose";
    /** The organisation of CYPF's own components. */
    public static final String PLATFORM_ORGANISATION = "cypf";

    public Caller {
        if (userId == null || userId.isBlank() || organisation == null || organisation.isBlank()) {
            throw new Unauthenticated("a caller needs a user and an organisation");
        }
        if (userId.length() > 200 || organisation.length() > 200
                || (role != null && role.length() > 200) || (statedPurpose != null && statedPurpose.length() > 500)) {
            throw new Unauthenticated("caller headers are too long");
        }
    }

    /** Reads the caller from request headers; {@link Unauthenticated} (401) when user or organisation is missing. */
    public static Caller fromHeaders(Function<String, Optional<String>> header) {
        String user = header.apply(USER_HEADER).orElse(null);
        String organisation = header.apply(ORGANISATION_HEADER).orElse(null);
        if (user == null || organisation == null) {
            throw new Unauthenticated("send " + USER_HEADER + " and " + ORGANISATION_HEADER + " to say who is asking");
        }
        if (organisation.strip().equalsIgnoreCase(PLATFORM_ORGANISATION)) {
            // CYPF's own components act through Caller.system, never through a request: nobody may claim to be one.
            throw new AccessDenied("the organisation " + PLATFORM_ORGANISATION + " is reserved for CYPF's own components");
        }
        return new Caller(user.strip(), organisation.strip(), header.apply(ROLE_HEADER).map(String::strip).orElse(null),
                header.apply(PURPOSE_HEADER).map(String::strip).orElse(null));
    }

    /** A CYPF component acting on its own duty, e.g. the virtual school registering a child who entered care. */
    public static Caller system(String component) {
        return new Caller(component, PLATFORM_ORGANISATION, "system", null);
    }

    public boolean isSystem() {
        return PLATFORM_ORGANISATION.equals(organisation) && "system".equals(role);
    }
}

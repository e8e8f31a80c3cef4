package org.cypf.socialcare.shared.adapter.in.http;

import io.helidon.webserver.http.ServerRequest;
import java.time.LocalDate;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.problem.Violations;
import org.cypf.platform.http.RequestParameters;

/**
 * What the looked-after, permanence, care leaver, family network and returns resources read alike: the caller,
 * dates, ids in paths and the version a change quotes. Bodies are text fields parsed here, so every malformed
 * field is named in one problem; rules are the domain's.
 */
public final class LookedAfterRequests {
    private LookedAfterRequests() {}

    public static Caller caller(ServerRequest req) {
        return Caller.fromHeaders(name -> RequestParameters.header(req, name));
    }

    public static UUID uuid(ServerRequest req, String name) {
        return RequestParameters.path(req, name, UUID::fromString);
    }

    /** A path's child id, checked as a UUID (the use case reads it as a ChildId). */
    public static String childId(ServerRequest req) {
        return RequestParameters.path(req, "childId", text -> UUID.fromString(text).toString());
    }

    public static LocalDate date(Violations v, String field, String raw, boolean required) {
        return required ? v.required(field, raw, LocalDate::parse) : v.optional(field, raw, LocalDate::parse);
    }

    /** The version a change quotes: required, so a client cannot overwrite what it has not read. */
    public static long version(Violations v, Long version) {
        v.check(version != null, "version", "is required: send the version you read");
        return version == null ? -1 : version;
    }
}

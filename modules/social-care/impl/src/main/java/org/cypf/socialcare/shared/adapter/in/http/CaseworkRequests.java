package org.cypf.socialcare.shared.adapter.in.http;

import io.helidon.webserver.http.ServerRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.Violations;
import org.cypf.platform.http.RequestParameters;
import org.cypf.socialcare.api.lookedafter.ChildDetails;

/**
 * What the front door, assessment and child protection resources read alike: the caller, a child's details, a
 * date-time and the version a change quotes. Bodies are text fields parsed here so every malformed field is named.
 */
public final class CaseworkRequests {
    /** A date-time without an offset is a time in England. */
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private CaseworkRequests() {}

    /** The child a contact or referral is about: exactly the fields a client may send. */
    public record ChildBody(String localChildId, String upn, String nhsNumber, String dateOfBirth, String sex) {}

    public static Caller caller(ServerRequest req) {
        return Caller.fromHeaders(name -> RequestParameters.header(req, name));
    }

    /** The child's details, each malformed field recorded under {@code child.}; null (recorded) when absent. */
    public static ChildDetails child(Violations v, ChildBody child) {
        if (child == null) {
            v.add("child", "is required");
            return null;
        }
        return new ChildDetails(
                v.required("child.localChildId", child.localChildId(), s -> s),
                v.optional("child.upn", child.upn(), UniquePupilNumber::parse),
                v.optional("child.nhsNumber", child.nhsNumber(), NhsNumber::parse),
                v.required("child.dateOfBirth", child.dateOfBirth(), LocalDate::parse),
                v.required("child.sex", child.sex(), s -> s));
    }

    /** ISO 8601 with an offset ({@code 2025-06-30T09:15:00+01:00}, {@code ...Z}), or without one for a time in England. */
    public static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(ENGLAND).toInstant();
            } catch (DateTimeParseException e) {
                throw InvalidInput.of("$", "expected a date-time such as 2025-06-30T09:15:00+01:00");
            }
        }
    }

    /** The version a change quotes (optimistic locking); 0 (recorded) when absent. */
    public static long version(Violations v, Long version) {
        v.check(version != null, "version", "is required: send the version you read");
        return version == null ? 0 : version;
    }
}

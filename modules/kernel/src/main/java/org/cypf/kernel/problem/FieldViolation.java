package org.cypf.kernel.problem;

import java.util.Objects;

/**
 * One reason a field of a client's input was refused.
 *
 * @param field  the path of the field as the client sent it, for example {@code placement.postcode} or {@code rows[3].value}
 * @param reason what is wrong, in words a practitioner can act on
 */
public record FieldViolation(String field, String reason) {
    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }
}

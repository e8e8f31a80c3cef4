package org.cypf.kernel.identity;

import java.util.UUID;
import java.util.regex.Pattern;

import org.cypf.kernel.problem.InvalidInput;

/** Strict UUID parsing shared by the identifiers; {@link UUID#fromString} alone accepts odd forms such as {@code 1-1-1-1-1}. */
final class Uuids {
    static final String FIELD = "id";

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {
    }

    static UUID parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of(FIELD, "is required");
        }
        String s = text.strip();
        if (!CANONICAL.matcher(s).matches()) {
            throw InvalidInput.of(FIELD, "must be a UUID such as 123e4567-e89b-12d3-a456-426614174000");
        }
        return UUID.fromString(s);
    }

    static UUID required(UUID value) {
        if (value == null) {
            throw InvalidInput.of(FIELD, "is required");
        }
        return value;
    }
}

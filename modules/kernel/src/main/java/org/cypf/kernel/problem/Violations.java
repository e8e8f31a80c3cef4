package org.cypf.kernel.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects every broken rule of an input before refusing it, so a client learns all its mistakes in one answer.
 *
 * <pre>{@code
 * var v = new Violations();
 * LocalDate start = v.required("startDate", raw.startDate(), LocalDate::parse);
 * v.check(start == null || !start.isAfter(today), "startDate", "must not be in the future");
 * v.throwIfAny();
 * }</pre>
 */
public final class Violations {
    private final List<FieldViolation> found = new ArrayList<>();

    public void add(String field, String reason) {
        found.add(new FieldViolation(field, reason));
    }

    /** Records {@code reason} against {@code field} unless {@code rule} holds. */
    public void check(boolean rule, String field, String reason) {
        if (!rule) {
            add(field, reason);
        }
    }

    /** Parses a required value; a missing or unparseable value is recorded and {@code null} returned. */
    public <T> T required(String field, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            add(field, "is required");
            return null;
        }
        return parse(field, raw, parser);
    }

    /** Parses an optional value; absent gives {@code null}, unparseable is recorded. */
    public <T> T optional(String field, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return parse(field, raw, parser);
    }

    private <T> T parse(String field, String raw, Function<String, T> parser) {
        try {
            return parser.apply(raw.strip());
        } catch (InvalidInput e) {
            e.violations().forEach(x -> add(field, x.reason()));
        } catch (RuntimeException e) {
            add(field, "is not valid: " + describe(e));
        }
        return null;
    }

    private static String describe(RuntimeException e) {
        // java.time messages quote the input; we only say what kind of value was expected.
        return e instanceof java.time.format.DateTimeParseException ? "expected a date as yyyy-mm-dd" : "unrecognised value";
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
    }
}

package org.cypf.platform.http;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link RecordBinder} accepts beyond the shape of the record: the plausible range of dates (by default
 * {@value #DEFAULT_EARLIEST} to {@value #DEFAULT_LATEST}, narrower per field where the domain knows better), the
 * zone of a date-time sent without an offset (none: an offset is then required), and the largest body read.
 * Immutable; each {@code with...} gives a new set of rules.
 *
 * <p>Dates are bounded because PostgreSQL cannot store every {@link LocalDate} (year -999999999 is a 500) and
 * because a year 0 or 1800 in a child's record is a typing mistake, not a fact.
 */
public final class BindingRules {
    static final String DEFAULT_EARLIEST = "1900-01-01";
    static final String DEFAULT_LATEST = "2100-12-31";
    /** The largest JSON body read by default: far above any command, far below what hurts the heap. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    private static final BindingRules DEFAULTS = new BindingRules(
            new DateRange(LocalDate.parse(DEFAULT_EARLIEST), LocalDate.parse(DEFAULT_LATEST)), Map.of(), null,
            DEFAULT_MAX_BODY_BYTES, Map.of(), Map.of());

    /** An inclusive range of plausible dates. */
    public record DateRange(LocalDate earliest, LocalDate latest) {
        public DateRange {
            Objects.requireNonNull(earliest, "earliest");
            Objects.requireNonNull(latest, "latest");
            if (latest.isBefore(earliest)) {
                throw new IllegalArgumentException("a date range ends before it starts");
            }
        }

        boolean contains(LocalDate date) {
            return !date.isBefore(earliest) && !date.isAfter(latest);
        }

        String reason() {
            return "must be a date from " + earliest + " to " + latest;
        }
    }

    private final DateRange dates;
    private final Map<String, DateRange> datesByField;
    private final ZoneId localTimeZone;
    private final long maxBodyBytes;
    /** Fields whose presence a route decides rather than the record: true optional, false required. */
    private final Map<String, Boolean> optionalByField;
    /** Text fields that must read as another scalar type (a UUID), kept as the canonical text of that value. */
    private final Map<String, Class<?>> textFormatByField;

    private BindingRules(DateRange dates, Map<String, DateRange> datesByField, ZoneId localTimeZone, long maxBodyBytes,
                         Map<String, Boolean> optionalByField, Map<String, Class<?>> textFormatByField) {
        this.dates = dates;
        this.datesByField = Map.copyOf(datesByField);
        this.localTimeZone = localTimeZone;
        this.maxBodyBytes = maxBodyBytes;
        this.optionalByField = Map.copyOf(optionalByField);
        this.textFormatByField = Map.copyOf(textFormatByField);
    }

    /** Dates from 1900-01-01 to 2100-12-31, date-times with an offset, bodies up to 1 MiB. */
    public static BindingRules defaults() {
        return DEFAULTS;
    }

    /** The plausible range of every date (and date-time) not given a range of its own. */
    public BindingRules withDates(LocalDate earliest, LocalDate latest) {
        return new BindingRules(new DateRange(earliest, latest), datesByField, localTimeZone, maxBodyBytes,
                optionalByField, textFormatByField);
    }

    /**
     * The plausible range of one field, named by its path without list indexes ({@code child.dateOfBirth},
     * {@code members.dateOfBirth}).
     */
    public BindingRules withDates(String field, LocalDate earliest, LocalDate latest) {
        Map<String, DateRange> byField = new HashMap<>(datesByField);
        byField.put(field, new DateRange(earliest, latest));
        return new BindingRules(dates, byField, localTimeZone, maxBodyBytes, optionalByField, textFormatByField);
    }

    /** A date-time without an offset ({@code 2025-06-30T09:15}) is read as a time in {@code zone}. */
    public BindingRules withLocalTimeIn(ZoneId zone) {
        return new BindingRules(dates, datesByField, Objects.requireNonNull(zone, "zone"), maxBodyBytes,
                optionalByField, textFormatByField);
    }

    /** A larger body is refused with 413 before it is parsed. */
    public BindingRules withMaxBodyBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("the largest body must be at least one byte");
        }
        return new BindingRules(dates, datesByField, localTimeZone, bytes, optionalByField, textFormatByField);
    }

    /**
     * These fields may be absent on this route although the record requires them: for a record shared by routes
     * that differ (a placement is required to start a period of care, partial in a change of episode, where the
     * domain says which parts the change needs). Prefer {@link org.cypf.kernel.contract.Nullable @Nullable} on the
     * record when the field is optional everywhere. Fields are paths without list indexes.
     */
    public BindingRules withOptional(String... fields) {
        return withPresence(false, fields);
    }

    /** These fields must be present on this route although the record marks them {@code @Nullable}. */
    public BindingRules withRequired(String... fields) {
        return withPresence(true, fields);
    }

    private BindingRules withPresence(boolean required, String... fields) {
        Map<String, Boolean> byField = new HashMap<>(optionalByField);
        for (String field : fields) {
            byField.put(field, !required);
        }
        return new BindingRules(dates, datesByField, localTimeZone, maxBodyBytes, byField, textFormatByField);
    }

    /**
     * A text field (or path or query parameter) that must read as {@code format}, e.g. a child's id that an api
     * command carries as text but that is a UUID: a value that does not parse is refused by {@code format}'s rules
     * (naming the field), and the text bound is the canonical form of the value ({@code UUID.toString()}).
     */
    public BindingRules withTextFormat(String field, Class<?> format) {
        if (!Shape.of(format).isScalar() || format == String.class) {
            throw new IllegalArgumentException(format.getName() + " is not a format text can be checked against");
        }
        Map<String, Class<?>> byField = new HashMap<>(textFormatByField);
        byField.put(field, format);
        return new BindingRules(dates, datesByField, localTimeZone, maxBodyBytes, optionalByField, byField);
    }

    Optional<Class<?>> textFormatFor(String path) {
        return Optional.ofNullable(textFormatByField.get(withoutIndexes(path)));
    }

    boolean isOptional(String path, boolean byRecord) {
        return optionalByField.getOrDefault(withoutIndexes(path), byRecord);
    }

    DateRange datesFor(String path) {
        return datesByField.getOrDefault(withoutIndexes(path), dates);
    }

    Optional<ZoneId> localTimeZone() {
        return Optional.ofNullable(localTimeZone);
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    static String withoutIndexes(String path) {
        return path.replaceAll("\\[\\d+]", "");
    }
}

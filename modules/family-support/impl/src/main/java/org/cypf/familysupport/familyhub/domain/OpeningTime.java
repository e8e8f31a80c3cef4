package org.cypf.familysupport.familyhub.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.problem.Violations;

/**
 * A regular weekly opening of a Family Hub: an Open Referral UK {@code schedule} with {@code freq} WEEKLY, its days
 * as iCalendar BYDAY codes, open from {@code opensAt} up to (not including) {@code closesAt}, between two optional
 * dates.
 */
public record OpeningTime(UUID scheduleId, Set<DayOfWeek> days, LocalTime opensAt, LocalTime closesAt,
                          Optional<LocalDate> validFrom, Optional<LocalDate> validTo, Optional<String> description) {
    public static final int MAX_DESCRIPTION = 500;
    /** The most regular openings a hub may have recorded at once. */
    public static final int MAX_OPENING_TIMES = 50;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final Map<String, DayOfWeek> BYDAY = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    public OpeningTime {
        Objects.requireNonNull(scheduleId, "scheduleId");
        days = Set.copyOf(days);
        if (days.isEmpty() || !opensAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("an opening is on some day and opens before it closes");
        }
    }

    /** The days as ORUK's {@code byday}, Monday first: {@code MO,WE}. */
    public String byday() {
        return days.stream().sorted().map(d -> d.name().substring(0, 2)).collect(Collectors.joining(","));
    }

    public String opensAtText() {
        return opensAt.format(HH_MM);
    }

    public String closesAtText() {
        return closesAt.format(HH_MM);
    }

    /**
     * A hub's opening times from a command, each given a new schedule identifier; every broken rule named at its
     * path ({@code openingTimes[1].closesAt}) and all refused together. Two openings of the same day whose hours
     * and dates overlap are refused: a family would be told two different things about the same hour.
     */
    public static List<OpeningTime> of(List<Given> given) {
        var v = new Violations();
        v.check(given.size() <= MAX_OPENING_TIMES, "openingTimes",
                "must be at most " + MAX_OPENING_TIMES + " opening times");
        List<OpeningTime> times = new ArrayList<>();
        for (int i = 0; i < given.size() && i < MAX_OPENING_TIMES; i++) {
            String at = "openingTimes[" + i + "]";
            Given t = given.get(i);
            Set<DayOfWeek> days = days(v, at + ".byday", t.byday());
            LocalTime opens = time(v, at + ".opensAt", t.opensAt());
            LocalTime closes = time(v, at + ".closesAt", t.closesAt());
            if (opens != null && closes != null && !opens.isBefore(closes)) {
                v.add(at + ".closesAt", "must be after opensAt");
                closes = null;
            }
            if (t.validFrom() != null && t.validTo() != null && t.validTo().isBefore(t.validFrom())) {
                v.add(at + ".validTo", "must not be before validFrom");
            }
            Optional<String> description = Optional.ofNullable(t.description()).map(String::strip)
                    .filter(d -> !d.isEmpty());
            description.ifPresent(d -> v.check(d.length() <= MAX_DESCRIPTION, at + ".description",
                    "must be at most " + MAX_DESCRIPTION + " characters"));
            if (days != null && opens != null && closes != null && v.isEmpty()) {
                OpeningTime time = new OpeningTime(UUID.randomUUID(), days, opens, closes,
                        Optional.ofNullable(t.validFrom()), Optional.ofNullable(t.validTo()), description);
                for (int j = 0; j < times.size(); j++) {
                    if (times.get(j).overlaps(time)) {
                        v.add(at + ".opensAt", "overlaps openingTimes[" + j + "] on a day they share");
                        break;
                    }
                }
                times.add(time);
            }
        }
        v.throwIfAny();
        return List.copyOf(times);
    }

    /** An opening time as a command gives it, before it is read: text as sent, dates when given (else null). */
    public record Given(String byday, String opensAt, String closesAt, LocalDate validFrom, LocalDate validTo,
                        String description) {}

    /** Open on a shared day at a shared hour, on a date both hold. */
    boolean overlaps(OpeningTime other) {
        boolean sharedDay = days.stream().anyMatch(other.days::contains);
        boolean sharedHour = opensAt.isBefore(other.closesAt) && other.opensAt.isBefore(closesAt);
        boolean sharedDate = validFrom.map(from -> other.validTo.map(to -> !to.isBefore(from)).orElse(true))
                .orElse(true)
                && other.validFrom.map(from -> validTo.map(to -> !to.isBefore(from)).orElse(true)).orElse(true);
        return sharedDay && sharedHour && sharedDate;
    }

    private static Set<DayOfWeek> days(Violations v, String field, String byday) {
        if (byday == null || byday.isBlank()) {
            v.add(field, "is required: the days as MO,TU,WE,TH,FR,SA,SU (iCalendar BYDAY)");
            return null;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String code : byday.split(",", -1)) {
            DayOfWeek day = BYDAY.get(code.strip());
            if (day == null || !days.add(day)) {
                v.add(field, "must list each day once as MO,TU,WE,TH,FR,SA,SU (iCalendar BYDAY)");
                return null;
            }
        }
        return days;
    }

    private static LocalTime time(Violations v, String field, String text) {
        if (text == null || text.isBlank()) {
            v.add(field, "is required: a time of day, HH:mm");
            return null;
        }
        try {
            return LocalTime.parse(text.strip(), HH_MM);
        } catch (DateTimeParseException e) {
            v.add(field, "must be a time of day, HH:mm");
            return null;
        }
    }

    /** An opening time as stored, rebuilt by the register. */
    @Rebuild
    public static OpeningTime stored(UUID scheduleId, String byday, LocalTime opensAt, LocalTime closesAt,
                                     LocalDate validFrom, LocalDate validTo, String description) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String code : byday.split(",")) {
            days.add(Objects.requireNonNull(BYDAY.get(code), "stored byday " + byday));
        }
        return new OpeningTime(scheduleId, days, opensAt, closesAt, Optional.ofNullable(validFrom),
                Optional.ofNullable(validTo), Optional.ofNullable(description));
    }
}

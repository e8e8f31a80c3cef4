package org.cypf.socialcare.lookedafter.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.cypf.socialcare.shared.domain.LegalStatus;

/**
 * The one definition of "looked after" the measures, the lists and the rules use: the SSDA903 count "at 31 March",
 * applied to any day. A child is looked after at the end of a day when an episode of theirs started on or before it,
 * had not ceased by it (an episode ceasing on the day does not count: the day belongs to the next episode, or to no
 * care at all), and is not under a short-break legal status ({@link LegalStatus#isShortBreak}).
 *
 * <p>Over a window of days ({@link #onAnyDayOf}) the child counts when they were looked after at the end of at least
 * one of its days. Persistence builds its SQL from {@link #firstDay()}, {@link #lastDay()} and
 * {@link #excludedLegalStatuses()} with the same comparisons as {@link #counts(Episode)} (ADR 0019), and a test
 * checks that the two agree.
 *
 * @param firstDay the first day of the window, included
 * @param lastDay  the last day of the window, included; the same as {@code firstDay} for one day
 */
public record LookedAfterOn(LocalDate firstDay, LocalDate lastDay) {

    public LookedAfterOn {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("a window ends on or after its first day");
        }
    }

    /** Looked after at the end of {@code date}. */
    public static LookedAfterOn theDay(LocalDate date) {
        return new LookedAfterOn(date, date);
    }

    /** Looked after at the end of at least one day from {@code from} to {@code to}, both included. */
    public static LookedAfterOn onAnyDayOf(LocalDate from, LocalDate to) {
        return new LookedAfterOn(from, to);
    }

    /** Whether {@code episode} makes its child looked after: started by the last day, not ceased by the first, not short breaks. */
    public boolean counts(Episode episode) {
        return !episode.startDate().isAfter(lastDay)
                && (episode.endDate() == null || episode.endDate().isAfter(firstDay))
                && !excludedLegalStatuses().contains(episode.legalStatus());
    }

    /** Whether the child of {@code period} is looked after under it. */
    public boolean counts(PeriodOfCare period) {
        return period.episodes().stream().anyMatch(this::counts);
    }

    /** The legal statuses whose episodes never count: the short breaks. */
    public List<String> excludedLegalStatuses() {
        return LegalStatus.shortBreaks();
    }

    /** The words of this definition, for a measure's provenance. */
    public static String definition() {
        return "an episode open at the end of the date (started on or before it, not ceased on or before it), "
                + "excluding short breaks (legal status " + String.join(", ", LegalStatus.shortBreaks()) + ")";
    }
}

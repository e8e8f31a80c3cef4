package org.cypf.socialcare.lookedafter.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cypf.kernel.time.WorkingDayCalendar;

/**
 * When a looked-after child's reviews are due (Care Planning, Placement and Case Review (England) Regulations 2010,
 * regulation 33, as in shared/DOMAIN.md): the first within 20 working days of the day the child became looked after,
 * the second within 3 months of the first, then every 6 months after the one before. Each due date runs from the
 * review actually held, so a late review moves the ones after it.
 *
 * <p>A period that began before the records held (an imported year) has no known first day: its first review's
 * due date is unknown, and the schedule runs 6-monthly from the first review recorded (taken to be the third or later).
 */
public final class ReviewSchedule {
    /** The first review: within this many working days of becoming looked after. */
    public static final int FIRST_REVIEW_WORKING_DAYS = 20;
    /** The second review: within this many months of the first. */
    public static final int SECOND_REVIEW_MONTHS = 3;
    /** Every later review: within this many months of the one before. */
    public static final int LATER_REVIEW_MONTHS = 6;

    /** One review held, the date it was due by and whether it was held by then ({@code dueBy} null: not known). */
    public record Held(LocalDate date, String participation, int number, LocalDate dueBy, Boolean onTime) {}

    private final List<Held> held;
    private final LocalDate nextDueBy;

    private ReviewSchedule(List<Held> held, LocalDate nextDueBy) {
        this.held = List.copyOf(held);
        this.nextDueBy = nextDueBy;
    }

    /** The schedule of {@code period} given the reviews held in it; no next due date once the period has ended. */
    public static ReviewSchedule of(PeriodOfCare period, List<LookedAfterReview> reviews, WorkingDayCalendar calendar) {
        List<LookedAfterReview> inOrder = reviews.stream().filter(r -> r.periodId().equals(period.id()))
                .sorted(Comparator.comparing(LookedAfterReview::date)).toList();
        boolean startKnown = !period.beganBeforeTheRecordsHeld();
        LocalDate due = startKnown ? firstDue(period.startDate(), calendar) : null;
        List<Held> held = new ArrayList<>();
        int number = 1;
        for (LookedAfterReview r : inOrder) {
            held.add(new Held(r.date(), r.participation(), number, due, due == null ? null : !r.date().isAfter(due)));
            due = number == 1 && startKnown ? r.date().plusMonths(SECOND_REVIEW_MONTHS)
                    : r.date().plusMonths(LATER_REVIEW_MONTHS);
            number++;
        }
        return new ReviewSchedule(held, period.isOpen() ? due : null);
    }

    /** The first review: within 20 working days of becoming looked after. */
    public static LocalDate firstDue(LocalDate lookedAfterFrom, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(lookedAfterFrom, FIRST_REVIEW_WORKING_DAYS);
    }

    public List<Held> held() {
        return held;
    }

    /** The date the next review is due by; null when the period has ended (or nothing is known to run from). */
    public LocalDate nextDueBy() {
        return nextDueBy;
    }
}

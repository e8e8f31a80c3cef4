package org.cypf.socialcare.api.lookedafter;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A period of care's looked-after reviews and when the next is due: the first within 20 working days of becoming
 * looked after, the second within 3 months of the first, then every 6 months.
 *
 * @param nextDueBy null once the period has ended
 */
public record ReviewsView(UUID periodId, String childId, LocalDate lookedAfterFrom, List<Review> reviews,
                          LocalDate nextDueBy) {
    public ReviewsView {
        reviews = List.copyOf(reviews);
    }

    /**
     * @param number the review's place in the period (1 is the first)
     * @param dueBy  the date it was due by (null when the period began before the records held)
     * @param onTime whether it was held by then (null when not known)
     */
    public record Review(LocalDate date, String participation, int number, LocalDate dueBy, Boolean onTime) {}
}

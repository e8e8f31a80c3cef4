package org.cypf.socialcare.lookedafter.adapter.out.memory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.socialcare.lookedafter.domain.LookedAfterReview;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviews;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Looked-after reviews in memory, for fast tests (ADR 0097); test code only. It passes {@code LookedAfterReviewsContract}
 * as the jOOQ adapter does: reviews added in the caller's {@link InMemoryUnitOfWork} and kept when it commits. A unit of
 * work that adds a review holds the lock of its child's day to its end, as the unique (child, review date) index holds a
 * second insert until the first commits: so of two reviews of a child on one day one is refused.
 */
public final class InMemoryLookedAfterReviews implements LookedAfterReviews {
    /** By child, then date, as the jOOQ adapter reads them (a uuid's text orders as its bytes). */
    private static final Comparator<LookedAfterReview> BY_CHILD_AND_DATE = Comparator
            .comparing((LookedAfterReview r) -> r.childId().value().toString()).thenComparing(LookedAfterReview::date);

    /** The lock the unique (child, review date) index stands for. */
    private record ReviewDay(ChildId child, LocalDate date) {}

    private final InMemoryRows<UUID, LookedAfterReview> rows = new InMemoryRows<>();

    private List<LookedAfterReview> visible(Predicate<LookedAfterReview> which) {
        return rows.where(which).stream().sorted(BY_CHILD_AND_DATE).toList();
    }

    @Override
    public List<LookedAfterReview> forChild(ChildId child) {
        return visible(r -> r.childId().equals(child));
    }

    @Override
    public List<LookedAfterReview> forChildren(Collection<ChildId> children) {
        Set<ChildId> asked = Set.copyOf(children);
        return visible(r -> asked.contains(r.childId()));
    }

    @Override
    public void addAll(List<LookedAfterReview> reviews) {
        Set<ReviewDay> given = new HashSet<>();
        for (LookedAfterReview review : reviews) {
            ReviewDay day = new ReviewDay(review.childId(), review.date());
            rows.lock(day);
            if (!given.add(day) || !visible(r -> new ReviewDay(r.childId(), r.date()).equals(day)).isEmpty()) {
                // As the unique (child_id, review_date) index refuses it; nothing of the bulk is written.
                throw new Conflict("a review of the child on " + review.date() + " was recorded at the same moment");
            }
        }
        reviews.forEach(r -> rows.put(r.id(), r));
    }

    @Override
    public List<LookedAfterReview> heldBetween(LocalDate from, LocalDate to) {
        return visible(r -> !r.date().isBefore(from) && !r.date().isAfter(to));
    }

    @Override
    public void add(LookedAfterReview review) {
        addAll(List.of(review));
    }
}

package org.cypf.socialcare.lookedafter.port;

import java.time.LocalDate;
import java.util.List;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.domain.LookedAfterReview;

/** Where looked-after reviews are kept. Every method runs inside the caller's unit of work. */
public interface LookedAfterReviews {

    List<LookedAfterReview> forChild(ChildId child);

    /** The reviews of every child given, by child and date, in one query however many are given. */
    List<LookedAfterReview> forChildren(java.util.Collection<ChildId> children);

    /**
     * Adds every review given, in as few statements as their number allows (a bulk import).
     *
     * @throws org.cypf.kernel.problem.Conflict when a child has a review on that day already, held or among those given
     */
    void addAll(List<LookedAfterReview> reviews);

    /** Reviews held from {@code from} to {@code to}, both included, by child and date. */
    List<LookedAfterReview> heldBetween(LocalDate from, LocalDate to);

    /** @throws org.cypf.kernel.problem.Conflict when the child has a review on that day already */
    void add(LookedAfterReview review);
}

package org.cypf.socialcare.lookedafter.port;

import java.time.LocalDate;
import java.util.List;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.domain.LookedAfterReview;

/** Where looked-after reviews are kept. Every method runs inside the caller's unit of work. */
public interface LookedAfterReviews {

    List<LookedAfterReview> forChild(ChildId child);

    /** Reviews held from {@code from} to {@code to}, both included, by child and date. */
    List<LookedAfterReview> heldBetween(LocalDate from, LocalDate to);

    /** @throws org.cypf.kernel.problem.Conflict when the child has a review on that day already */
    void add(LookedAfterReview review);
}

package org.cypf.socialcare.returns.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.domain.LookedAfterReview;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903OwnChecks;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.shared.domain.Child;

/**
 * The reviews file: a review held on the same day must have the same REVIEW_CODE; a new one must fall in a period of
 * care and pass the review's own rules ({@link LookedAfterReview#record}).
 */
final class ReviewsMerge extends FileMerge {

    ReviewsMerge(Merging m) {
        super(m);
    }

    @Override
    void merge() {
        String file = m.name(Ssda903File.REVIEWS);
        // The reviews held of every child held, in one query (not one a child).
        Map<ChildId, List<LookedAfterReview>> heldByChild = new HashMap<>();
        m.ports.reviews().forChildren(m.existingChildren())
                .forEach(x -> heldByChild.computeIfAbsent(x.childId(), c -> new ArrayList<>()).add(x));
        for (Ssda903Rows.Review r : m.rows.reviews()) {
            Child child = m.children.get(r.child());
            List<LookedAfterReview> held = heldByChild.computeIfAbsent(child.id(), c -> new ArrayList<>());
            Optional<LookedAfterReview> same = held.stream().filter(x -> x.date().equals(r.review())).findFirst();
            if (same.isPresent()) {
                m.alreadyHeld(r, same.get().participation().equals(r.code()), "REVIEW_CODE",
                        "differs from the review recorded in CYPF on this day");
                continue;
            }
            PeriodOfCare period = m.periodsOf(child).stream().filter(p -> p.includesDay(r.review())).findFirst().orElse(null);
            if (period == null) {
                m.errors.add(file, r.line(), "REVIEW", Ssda903OwnChecks.HELD, "the child was not looked after on this day");
                continue;
            }
            boolean ok = m.errors.check(file, r.line(), f -> f.equals("date") ? "REVIEW" : "REVIEW_CODE", () -> {
                LookedAfterReview review = LookedAfterReview.record(UUID.randomUUID(), period, child, r.review(),
                        r.code(), held, m.today, m.codes).after();
                held.add(review);
                m.newReviews.add(r.child(), review);
            });
            if (ok) {
                m.added(Ssda903File.REVIEWS, r.child());
            }
        }
    }
}

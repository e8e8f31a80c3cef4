package org.cypf.educationskills.api.virtualschool;

import java.time.LocalDate;
import java.util.List;

/** A page of the PEPs due by {@code by} among the children the caller may list, earliest due first. */
public record PepReviewsDuePage(LocalDate by, List<PepReviewDueView> reviews, int page, int size, long total) {
    public PepReviewsDuePage {
        reviews = List.copyOf(reviews);
    }
}

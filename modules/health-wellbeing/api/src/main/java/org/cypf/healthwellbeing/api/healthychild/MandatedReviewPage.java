package org.cypf.healthwellbeing.api.healthychild;

import java.util.List;

/** A page of mandated reviews, and how many the filter matches in all. */
public record MandatedReviewPage(List<MandatedReviewView> reviews, long total) {
    public MandatedReviewPage {
        reviews = List.copyOf(reviews);
    }
}

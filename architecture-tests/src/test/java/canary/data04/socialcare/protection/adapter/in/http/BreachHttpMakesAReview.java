package canary.data04.socialcare.protection.adapter.in.http;

import canary.data04.socialcare.protection.domain.Review;
import java.util.function.Function;

/** Breach: a web adapter takes the rebuild path, through a constructor reference. */
public final class BreachHttpMakesAReview {
    private final Function<String, Review> fromRequest = Review::new;

    public Review read(String body) {
        return fromRequest.apply(body);
    }
}

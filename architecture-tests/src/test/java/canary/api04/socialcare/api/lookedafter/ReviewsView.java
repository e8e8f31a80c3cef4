package canary.api04.socialcare.api.lookedafter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;

/** Allowed: an unmodifiable view of a private copy. */
public record ReviewsView(Collection<String> reviews) {
    public ReviewsView {
        reviews = Collections.unmodifiableCollection(new ArrayList<>(reviews));
    }
}

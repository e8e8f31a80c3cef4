package canary.api04.socialcare.api.lookedafter;

import java.util.List;
import java.util.Set;

/** Breach: copies the list but not the set. */
public record BreachHalfCopiedView(List<String> placements, Set<String> legalStatuses) {
    public BreachHalfCopiedView {
        placements = List.copyOf(placements);
    }
}

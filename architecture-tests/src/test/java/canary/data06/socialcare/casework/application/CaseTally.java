package canary.data06.socialcare.casework.application;

import java.util.List;

/** An answer not named a page that still states the total of a list beside some of its items. */
public record CaseTally(List<String> first, long total) {
    public CaseTally {
        first = List.copyOf(first);
    }
}

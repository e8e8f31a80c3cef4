package canary.data06.kernel.page;

import java.util.List;

/** A page of a list and the total of every page. */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(items);
    }
}

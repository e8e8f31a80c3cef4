package org.cypf.kernel.page;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a list as a list port reads it: the page's items and how many items every page holds together.
 *
 * @param total the items on every page together, counted by the same query as the items
 */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        if (total < items.size()) {
            throw new IllegalArgumentException("a page cannot hold more items than the list");
        }
    }

    /** The same page with each item mapped (e.g. an aggregate to its view). */
    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), total);
    }

    /** An empty page of a list of {@code total} items (a page past the end). */
    public static <T> Page<T> empty(long total) {
        return new Page<>(List.of(), total);
    }
}

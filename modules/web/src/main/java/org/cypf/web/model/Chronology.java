package org.cypf.web.model;

import java.util.List;

/**
 * One page of what the user may see of one child, across contexts, oldest first, and what they may not see, by
 * context. The contexts' records are read only as far as the page needs (ADR 0095), so how many entries the whole
 * chronology holds is known only once every record has been read ({@code complete}).
 *
 * @param page     the page shown, from 1
 * @param size     how many entries a page holds
 * @param total    how many entries were placed in date order: the whole chronology's when {@code complete}, else
 *                 at least one more than the pages up to this one hold
 * @param complete whether every record of the child was read, so {@code total} is the chronology's size
 */
public record Chronology(String childId, List<Entry> entries, List<String> notShown, int page, int size, long total,
                         boolean complete) {
    public Chronology {
        entries = List.copyOf(entries);
        notShown = List.copyOf(notShown);
    }

    /** How many pages the chronology fills as far as is known: at least the next one when it was not read through. */
    public long pages() {
        long placed = Math.max(1, (total + size - 1) / size);
        return complete ? placed : Math.max(placed, page + 1L);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public record Entry(String date, String context, String what) {}
}

package org.cypf.web.model;

import java.util.List;

/**
 * One page of what the user may see of one child, across contexts, oldest first; what they may not see, by context;
 * and which contexts hold more of the child's records than one reading brings ({@code truncated}).
 *
 * @param page  the page shown, from 1
 * @param size  how many entries a page holds
 * @param total how many entries the chronology holds in all
 */
public record Chronology(String childId, List<Entry> entries, List<String> notShown, List<String> truncated,
                         int page, int size, long total) {
    public Chronology {
        entries = List.copyOf(entries);
        notShown = List.copyOf(notShown);
        truncated = List.copyOf(truncated);
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public record Entry(String date, String context, String what) {}
}

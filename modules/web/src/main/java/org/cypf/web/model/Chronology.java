package org.cypf.web.model;

import java.util.List;

/** What the user may see of one child, across contexts, oldest first; and what they may not see, by context. */
public record Chronology(String childId, List<Entry> entries, List<String> notShown) {
    public Chronology {
        entries = List.copyOf(entries);
        notShown = List.copyOf(notShown);
    }

    public record Entry(String date, String context, String what) {}
}

package org.cypf.governance.api.access;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;

/**
 * Which children a list may show its caller (ADR 0033): every child ({@link #wholePartnership()}), for CYPF's
 * components and for roles the access policy makes partnership-wide for the context; otherwise only the children the
 * caller is involved with (allocated worker, allocated team, a recorded purpose in its period, a record they created).
 * A context applies it in the list's query, before paging, so the page and its total count only what the caller may see.
 *
 * @param children the children the caller is involved with; empty (and not read) when {@code wholePartnership}
 */
public record ListScope(boolean wholePartnership, Set<ChildId> children) {
    public ListScope {
        children = wholePartnership ? Set.of() : Set.copyOf(children);
    }

    /** Every child's records may be listed. */
    public static ListScope everyChild() {
        return new ListScope(true, Set.of());
    }

    /** Only these children's records may be listed. */
    public static ListScope only(Collection<ChildId> children) {
        return new ListScope(false, Set.copyOf(children));
    }

    /** Whether {@code child}'s records may be listed. */
    public boolean includes(ChildId child) {
        return wholePartnership || children.contains(child);
    }

    /** The children as UUIDs, for a query's {@code child_id = any(?)}; null when every child may be listed. */
    public UUID[] childIds() {
        return wholePartnership ? null : children.stream().map(ChildId::value).collect(Collectors.toSet())
                .toArray(UUID[]::new);
    }
}

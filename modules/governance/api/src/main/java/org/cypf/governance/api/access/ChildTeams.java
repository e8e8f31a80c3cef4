package org.cypf.governance.api.access;

import java.util.Map;
import java.util.UUID;

/**
 * The team each child is allocated to on a day (the latest {@code ALLOCATED-TEAM} involvement in force), handed to a
 * context's work queue so that it counts its rows per team in the query (ADR 0096). Ids and team names only.
 *
 * @param byChild each child's team; a child with no team allocated is absent
 */
public record ChildTeams(Map<UUID, String> byChild) {
    public ChildTeams {
        byChild = Map.copyOf(byChild);
    }

    /** No team known for any child: every row of a queue counts under no team. */
    public static ChildTeams none() {
        return new ChildTeams(Map.of());
    }

    /** The children, in id order, for a query's {@code unnest(?::uuid[], ?::text[])} beside {@link #teams()}. */
    public UUID[] children() {
        return byChild.keySet().stream().sorted().toArray(UUID[]::new);
    }

    /** The teams of {@link #children()}, in the same order. */
    public String[] teams() {
        return byChild.keySet().stream().sorted().map(byChild::get).toArray(String[]::new);
    }
}

package org.cypf.familysupport.directory.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A search from a point: services ordered by the distance to their nearest place, those with no known place last;
 * with {@code withinMetres}, only services with a place that near.
 */
public record Nearby(Coordinates origin, Optional<Integer> withinMetres) {
    public Nearby {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(withinMetres, "withinMetres");
    }
}

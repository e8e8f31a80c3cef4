package org.cypf.familysupport.directory.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.cypf.kernel.place.Postcode;

/**
 * Where a service is delivered (an ORUK location of one of its services at locations), as far as a distance
 * search needs it: the location's own coordinates when the feed gives them, else its address's postcode, placed at
 * that postcode's centroid once the directory has looked it up.
 *
 * @param coordinates where the location is, when known
 * @param postcode    the postcode of the location's first address, when it has one in a UK postcode's format
 * @param byPostcode  the coordinates are the postcode's centroid, not the feed's own
 */
public record Place(UUID locationId, Optional<Coordinates> coordinates, Optional<Postcode> postcode,
                    boolean byPostcode) {
    public Place {
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(postcode, "postcode");
    }

    /** A place as the feed describes it: placed by its own coordinates, or still to be placed by its postcode. */
    public static Place described(UUID locationId, Optional<Coordinates> coordinates, Optional<Postcode> postcode) {
        return new Place(locationId, coordinates, postcode, false);
    }

    /** This place, placed at its postcode's centroid when it has no coordinates of its own and the postcode is known. */
    public Place placedBy(Function<Postcode, Optional<Coordinates>> postcodes) {
        if (coordinates.isPresent() || postcode.isEmpty()) {
            return this;
        }
        return postcodes.apply(postcode.get()).map(c -> new Place(locationId, Optional.of(c), postcode, true))
                .orElse(this);
    }
}

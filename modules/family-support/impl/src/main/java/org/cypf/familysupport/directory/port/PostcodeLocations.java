package org.cypf.familysupport.directory.port;

import java.util.Optional;
import org.cypf.familysupport.directory.domain.Coordinates;
import org.cypf.kernel.place.Postcode;

/**
 * Where a postcode is: the centroid of the postcode itself when the source holds it, else of its postcode district
 * (the outward code). Empty for a postcode the source cannot place. A family's postcode asked of this port is used
 * for one search and kept nowhere.
 */
public interface PostcodeLocations {
    Optional<Coordinates> locate(Postcode postcode);
}

package org.cypf.familysupport.directory.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.cypf.kernel.place.Postcode;

/**
 * A service as the directory lists it: what the searches need, and the ORUK documents it is served as (fully
 * nested, and its one-to-one fields for a list).
 *
 * @param free   no cost option, or every cost option of amount 0
 * @param places where its services at locations are, for a search by distance
 */
public record ListedService(UUID id, UUID organizationId, String name, ServiceStatus status, Eligibility eligibility,
                            boolean free, String searchText, List<Opening> openings, Set<UUID> taxonomyTermIds,
                            List<DirectoryRecord> serviceAtLocations, List<Place> places, String document,
                            String listDocument) {
    public ListedService {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a service has a name");
        }
        openings = List.copyOf(openings);
        taxonomyTermIds = Set.copyOf(taxonomyTermIds);
        serviceAtLocations = List.copyOf(serviceAtLocations);
        places = List.copyOf(places);
    }

    /** This service with each place that has only a postcode placed at that postcode's centroid, if known. */
    public ListedService placedBy(Function<Postcode, Optional<Coordinates>> postcodes) {
        return new ListedService(id, organizationId, name, status, eligibility, free, searchText, openings,
                taxonomyTermIds, serviceAtLocations, places.stream().map(p -> p.placedBy(postcodes)).toList(),
                document, listDocument);
    }
}

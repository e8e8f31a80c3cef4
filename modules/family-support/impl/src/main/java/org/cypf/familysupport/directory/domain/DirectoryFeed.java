package org.cypf.familysupport.directory.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.cypf.kernel.place.Postcode;

/**
 * A feed from another directory: as received (with its digest, which makes a repeat recognisable) and as mapped.
 * Taxonomies and organisations come nested in the services; each appears once here.
 */
public record DirectoryFeed(String source, String digest, String received, List<DirectoryRecord> organizations,
                            List<DirectoryRecord> taxonomies, List<DirectoryRecord> taxonomyTerms,
                            List<ListedService> services) {
    public DirectoryFeed {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(received, "received");
        organizations = List.copyOf(organizations);
        taxonomies = List.copyOf(taxonomies);
        taxonomyTerms = List.copyOf(taxonomyTerms);
        services = List.copyOf(services);
    }

    /** This feed with the places that have only a postcode placed at that postcode's centroid, if known. */
    public DirectoryFeed placedBy(Function<Postcode, Optional<Coordinates>> postcodes) {
        return new DirectoryFeed(source, digest, received, organizations, taxonomies, taxonomyTerms,
                services.stream().map(s -> s.placedBy(postcodes)).toList());
    }

    public int serviceAtLocations() {
        return services.stream().mapToInt(s -> s.serviceAtLocations().size()).sum();
    }
}

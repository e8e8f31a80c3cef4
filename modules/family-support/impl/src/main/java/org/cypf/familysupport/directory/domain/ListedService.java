package org.cypf.familysupport.directory.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A service as the directory lists it: what the searches need, and the ORUK documents it is served as (fully
 * nested, and its one-to-one fields for a list).
 *
 * @param free no cost option, or every cost option of amount 0
 */
public record ListedService(UUID id, UUID organizationId, String name, ServiceStatus status, Eligibility eligibility,
                            boolean free, String searchText, List<Opening> openings, Set<UUID> taxonomyTermIds,
                            List<DirectoryRecord> serviceAtLocations, String document, String listDocument) {
    public ListedService {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a service has a name");
        }
        openings = List.copyOf(openings);
        taxonomyTermIds = Set.copyOf(taxonomyTermIds);
        serviceAtLocations = List.copyOf(serviceAtLocations);
    }
}

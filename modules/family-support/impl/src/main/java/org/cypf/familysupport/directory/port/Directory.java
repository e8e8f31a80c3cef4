package org.cypf.familysupport.directory.port;

import java.util.Optional;
import java.util.UUID;
import org.cypf.familysupport.api.directory.OrukPage;
import org.cypf.familysupport.api.directory.OrukPaging;
import org.cypf.familysupport.api.directory.ServiceSearch;
import org.cypf.familysupport.directory.domain.DirectoryFeed;
import org.cypf.familysupport.directory.domain.Nearby;

/** Where the directory is kept. Every method runs inside the caller's unit of work. */
public interface Directory {
    /** The latest feed imported from {@code source}, if it had {@code digest} (the same feed sent again). */
    Optional<UUID> latestFeedIs(String source, String digest);

    /** Stores the feed as received and its records as mapped (replacing earlier versions of the same ids). */
    void store(UUID feedId, DirectoryFeed feed, String importedBy);

    /**
     * Services that match {@code search} (its postcode already placed as {@code nearby}), by name, or by distance
     * when {@code nearby} is given; ages, days, times, cost, terms and distance all filtered in the store.
     */
    OrukPage services(ServiceSearch search, Optional<Nearby> nearby, OrukPaging paging);

    Optional<String> service(UUID id);

    OrukPage serviceAtLocations(OrukPaging paging);

    OrukPage taxonomies(OrukPaging paging);

    OrukPage taxonomyTerms(Optional<UUID> taxonomyId, OrukPaging paging);
}

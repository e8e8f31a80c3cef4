package org.cypf.familysupport.api.directory;

import java.util.Optional;
import java.util.UUID;

/**
 * The partnership's service directory, served in the Open Referral UK profile of HSDS 3.0. Directory data is
 * public (organisations and their services, never a family), so the reads take no caller; an import changes what
 * everyone sees, so it names who made it.
 */
public interface ServiceDirectory {
    /** Services (their one-to-one fields, as ORUK's {@code service_list}) that match {@code search}. */
    OrukPage services(ServiceSearch search, OrukPaging paging);

    /** One service, fully nested as ORUK's {@code service}. */
    OrukDocument service(UUID id);

    OrukPage serviceAtLocations(OrukPaging paging);

    OrukPage taxonomies(OrukPaging paging);

    /** Taxonomy terms, of one taxonomy when {@code taxonomyId} is given. */
    OrukPage taxonomyTerms(Optional<UUID> taxonomyId, OrukPaging paging);

    /**
     * Stores another directory's ORUK feed as received and maps it into this directory; a repeat changes nothing.
     * No child's record is touched, so there is no access decision to make: {@code importedBy} (the authenticated
     * user) is kept with the feed.
     */
    DirectoryFeedImported importFeed(String importedBy, ImportDirectoryFeed command);
}

package org.cypf.familysupport.api.directory;

import java.util.Optional;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;

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
     * The feed is read and checked first (a refused feed stores nothing); then the access port decides (record type
     * {@code service-directory}, an import) and audits the decision, naming no child, as for any change everyone
     * sees (ADR 0086); the caller is kept with the feed.
     *
     * @throws org.cypf.kernel.problem.AccessDenied when no role the caller holds may import a directory feed
     */
    DirectoryFeedImported importFeed(Caller caller, ImportDirectoryFeed command);
}

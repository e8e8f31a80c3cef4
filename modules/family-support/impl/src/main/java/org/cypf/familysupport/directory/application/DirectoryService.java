package org.cypf.familysupport.directory.application;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.cypf.familysupport.api.directory.DirectoryFeedImported;
import org.cypf.familysupport.api.directory.ImportDirectoryFeed;
import org.cypf.familysupport.api.directory.OrukDocument;
import org.cypf.familysupport.api.directory.OrukPage;
import org.cypf.familysupport.api.directory.OrukPaging;
import org.cypf.familysupport.api.directory.ServiceDirectory;
import org.cypf.familysupport.api.directory.ServiceSearch;
import org.cypf.familysupport.directory.domain.Coordinates;
import org.cypf.familysupport.directory.domain.DirectoryFeed;
import org.cypf.familysupport.directory.domain.Nearby;
import org.cypf.familysupport.directory.port.Directory;
import org.cypf.familysupport.directory.port.FeedFormat;
import org.cypf.familysupport.directory.port.PostcodeLocations;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.place.Postcode;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * The directory's use cases. Directory records are not a family's or a child's record, so its reads pass no access
 * check and leave no access audit; family records (requests for support, early help) are separate aggregates. An
 * import changes what every family is told, so the access port decides whether the caller's role may (record type
 * {@value #RECORD}, an import: the directory manager's, ADR 0086) and audits the decision, naming no child.
 */
public final class DirectoryService implements ServiceDirectory {
    /** The record type the access policy names for the directory's feeds (governance/roles.yaml). */
    public static final String RECORD = "service-directory";

    private final UnitOfWork unitOfWork;
    private final Directory directory;
    private final FeedFormat format;
    private final PostcodeLocations postcodes;
    private final ContextRecordAccess access;

    public DirectoryService(UnitOfWork unitOfWork, Directory directory, FeedFormat format,
                            PostcodeLocations postcodes, ContextRecordAccess access) {
        this.unitOfWork = unitOfWork;
        this.directory = directory;
        this.format = format;
        this.postcodes = postcodes;
        this.access = access;
    }

    /**
     * The postcode is placed before anything is read: one the extract cannot place is refused naming it, since a
     * search by distance from nowhere would answer every service in an order that means nothing.
     */
    @Override
    public OrukPage services(ServiceSearch search, OrukPaging paging) {
        Optional<Nearby> nearby = nearby(search);
        return unitOfWork.inSnapshot(() -> directory.services(search, nearby, paging));
    }

    private Optional<Nearby> nearby(ServiceSearch search) {
        if (search.postcode().isEmpty()) {
            if (search.proximity().isPresent()) {
                throw InvalidInput.of("proximity", "needs a postcode to measure from");
            }
            return Optional.empty();
        }
        Postcode postcode = Postcode.parse(search.postcode().get());
        search.proximity().ifPresent(metres -> {
            if (metres < 1 || metres > ServiceSearch.MAX_PROXIMITY_METRES) {
                throw InvalidInput.of("proximity", "must be a whole number of metres from 1 to "
                        + ServiceSearch.MAX_PROXIMITY_METRES);
            }
        });
        Coordinates origin = postcodes.locate(postcode).orElseThrow(() -> InvalidInput.of("postcode",
                "is not a postcode the directory can place: neither it nor its district is in the postcode extract"));
        return Optional.of(new Nearby(origin, search.proximity()));
    }

    @Override
    public OrukDocument service(UUID id) {
        return unitOfWork.inTransaction(() -> directory.service(id).map(json -> new OrukDocument(id, json))
                .orElseThrow(() -> new NotFound("no service " + id + " in the directory")));
    }

    @Override
    public OrukPage serviceAtLocations(OrukPaging paging) {
        return unitOfWork.inSnapshot(() -> directory.serviceAtLocations(paging));
    }

    @Override
    public OrukPage taxonomies(OrukPaging paging) {
        return unitOfWork.inSnapshot(() -> directory.taxonomies(paging));
    }

    @Override
    public OrukPage taxonomyTerms(Optional<UUID> taxonomyId, OrukPaging paging) {
        return unitOfWork.inSnapshot(() -> directory.taxonomyTerms(taxonomyId, paging));
    }

    @Override
    public DirectoryFeedImported importFeed(Caller caller, ImportDirectoryFeed command) {
        Objects.requireNonNull(caller, "an import names who made it");
        if (command.source() == null || command.source().isBlank()) {
            throw InvalidInput.of("source", "is required: who publishes the feed");
        }
        // Read (and refuse) before the transaction: a refused feed stores nothing, not even as received.
        // Locations with only an address are placed at their postcode's centroid, for searches by distance.
        DirectoryFeed feed = format.read(command.source().strip(), command.feed()).placedBy(postcodes::locate);
        return unitOfWork.inTransaction(() -> {
            // A change every family sees: decided and audited (naming no child) before anything is read (ADR 0086).
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.IMPORT,
                    "importing a directory feed from " + feed.source()), List.of());
            Optional<UUID> earlier = directory.latestFeedIs(feed.source(), feed.digest());
            UUID feedId = earlier.orElseGet(UUID::randomUUID);
            if (earlier.isEmpty()) {
                directory.store(feedId, feed, caller.userId());
            }
            return new DirectoryFeedImported(feedId, earlier.isPresent(), feed.organizations().size(),
                    feed.services().size(), feed.taxonomyTerms().size(), feed.serviceAtLocations());
        });
    }
}

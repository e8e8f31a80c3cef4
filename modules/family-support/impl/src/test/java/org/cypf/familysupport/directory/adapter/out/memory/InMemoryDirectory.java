package org.cypf.familysupport.directory.adapter.out.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Function;
import org.cypf.familysupport.api.directory.OrukDocument;
import org.cypf.familysupport.api.directory.OrukPage;
import org.cypf.familysupport.api.directory.OrukPaging;
import org.cypf.familysupport.api.directory.ServiceSearch;
import org.cypf.familysupport.directory.domain.Coordinates;
import org.cypf.familysupport.directory.domain.DirectoryFeed;
import org.cypf.familysupport.directory.domain.DirectoryRecord;
import org.cypf.familysupport.directory.domain.ListedService;
import org.cypf.familysupport.directory.domain.Nearby;
import org.cypf.familysupport.directory.domain.Opening;
import org.cypf.familysupport.directory.domain.Place;
import org.cypf.familysupport.directory.port.Directory;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * The service directory in memory, for fast tests (ADR 0097); test code only. It passes {@code DirectoryContract} as
 * the jOOQ adapter does: a feed stored in the caller's {@link InMemoryUnitOfWork} and kept when it commits. The search
 * filters and sorts the services in Java by the domain's own rules ({@link ListedService#eligibility()},
 * {@link Opening#openAt}), ordering as the jOOQ adapter documents: by name, or by the distance to the nearest place
 * (none last), then by id (a uuid's text orders as its bytes, as PostgreSQL orders uuids).
 */
public final class InMemoryDirectory implements Directory {
    private record Feed(UUID feedId, String source, String digest, Instant receivedAt) {}

    private final InMemoryRows<UUID, Feed> feeds = new InMemoryRows<>();
    private final InMemoryRows<UUID, DirectoryRecord> organizations = new InMemoryRows<>();
    private final InMemoryRows<UUID, DirectoryRecord> taxonomies = new InMemoryRows<>();
    private final InMemoryRows<UUID, DirectoryRecord> terms = new InMemoryRows<>();
    private final InMemoryRows<UUID, ListedService> services = new InMemoryRows<>();
    /** Services at locations, each with its service's id as {@code parentId}. */
    private final InMemoryRows<UUID, DirectoryRecord> serviceAtLocations = new InMemoryRows<>();

    private static final Comparator<DirectoryRecord> BY_NAME = Comparator.comparing(DirectoryRecord::name)
            .thenComparing(r -> r.id().toString());

    @Override
    public Optional<UUID> latestFeedIs(String source, String digest) {
        return feeds.where(f -> f.source().equals(source)).stream()
                .min(Comparator.comparing(Feed::receivedAt).reversed().thenComparing(f -> f.feedId().toString()))
                .filter(f -> f.digest().equals(digest)).map(Feed::feedId);
    }

    @Override
    public void store(UUID feedId, DirectoryFeed feed, String importedBy) {
        feeds.put(feedId, new Feed(feedId, feed.source(), feed.digest(), Instant.now()));
        feed.organizations().forEach(o -> organizations.put(o.id(), o));
        feed.taxonomies().forEach(t -> taxonomies.put(t.id(), t));
        feed.taxonomyTerms().forEach(t -> terms.put(t.id(), t));
        for (ListedService s : feed.services()) {
            // A service replaces its earlier version whole, its services at locations too.
            services.put(s.id(), s);
            serviceAtLocations.where(sal -> s.id().equals(sal.parentId()))
                    .forEach(sal -> serviceAtLocations.remove(sal.id()));
            s.serviceAtLocations().forEach(sal -> serviceAtLocations.put(sal.id(),
                    new DirectoryRecord(sal.id(), s.id(), sal.name(), sal.document())));
        }
    }

    @Override
    public OrukPage services(ServiceSearch search, Optional<Nearby> nearby, OrukPaging paging) {
        List<ListedService> found = services.where(s -> matches(s, search));
        if (nearby.isEmpty()) {
            return page(found.stream().sorted(Comparator.comparing(ListedService::name)
                    .thenComparing(s -> s.id().toString())).toList(), ListedService::id, ListedService::listDocument,
                    paging);
        }
        Coordinates origin = nearby.get().origin();
        Comparator<ListedService> nearestFirst = Comparator
                .<ListedService>comparingDouble(s -> nearest(s, origin).orElse(Double.POSITIVE_INFINITY))
                .thenComparing(ListedService::name).thenComparing(s -> s.id().toString());
        return page(found.stream()
                .filter(s -> nearby.get().withinMetres().map(m -> nearest(s, origin).orElse(Double.POSITIVE_INFINITY)
                        <= m).orElse(true))
                .sorted(nearestFirst).toList(), ListedService::id, ListedService::listDocument, paging);
    }

    private boolean matches(ListedService s, ServiceSearch search) {
        return search.age().map(age -> s.eligibility().includes(age)).orElse(true)
                && search.taxonomyTermId().map(term -> s.taxonomyTermIds().contains(term)).orElse(true)
                && search.taxonomyId().map(taxonomy -> s.taxonomyTermIds().stream().anyMatch(term -> terms.find(term)
                        .filter(t -> taxonomy.equals(t.parentId())).isPresent())).orElse(true)
                && ((search.day().isEmpty() && search.time().isEmpty()) || s.openings().stream().anyMatch(o ->
                        search.day().map(d -> o.day() == d).orElse(true)
                                && search.time().map(o::openAt).orElse(true)))
                && search.free().map(free -> s.free() == free).orElse(true)
                && search.text().map(text -> containsEveryWord(s.searchText(), text)).orElse(true);
    }

    private static boolean containsEveryWord(String searchText, String text) {
        String haystack = searchText.toLowerCase(Locale.ROOT);
        for (String word : text.strip().split("\\s+")) {
            if (!haystack.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Metres to the service's nearest place, empty when none is known. */
    private static OptionalDouble nearest(ListedService s, Coordinates origin) {
        return s.places().stream().map(Place::coordinates).flatMap(Optional::stream)
                .mapToDouble(c -> metres(origin, c)).min();
    }

    /** The great-circle distance on the sphere {@link Coordinates} names (the haversine formula). */
    private static double metres(Coordinates a, Coordinates b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * Coordinates.EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    @Override
    public Optional<String> service(UUID id) {
        return services.find(id).map(ListedService::document);
    }

    @Override
    public OrukPage serviceAtLocations(OrukPaging paging) {
        return page(serviceAtLocations.where(sal -> true).stream()
                .sorted(Comparator.comparing(sal -> sal.id().toString())).toList(), paging);
    }

    @Override
    public OrukPage taxonomies(OrukPaging paging) {
        return page(taxonomies.where(t -> true).stream().sorted(BY_NAME).toList(), paging);
    }

    @Override
    public OrukPage taxonomyTerms(Optional<UUID> taxonomyId, OrukPaging paging) {
        return page(terms.where(t -> taxonomyId.map(id -> id.equals(t.parentId())).orElse(true)).stream()
                .sorted(BY_NAME).toList(), paging);
    }

    private static OrukPage page(List<DirectoryRecord> all, OrukPaging paging) {
        return page(all, DirectoryRecord::id, DirectoryRecord::document, paging);
    }

    private static <R> OrukPage page(List<R> all, Function<R, UUID> id, Function<R, String> document,
                                     OrukPaging paging) {
        return OrukPage.of(paging, all.size(), all.stream().skip(paging.offset()).limit(paging.perPage())
                .map(r -> new OrukDocument(id.apply(r), document.apply(r))).toList());
    }
}

package org.cypf.familysupport.directory.adapter.out.persistence;

import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.DIRECTORY_FEED;
import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.DIRECTORY_OPENING;
import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.DIRECTORY_ORGANIZATION;
import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.DIRECTORY_SERVICE;
import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.DIRECTORY_SERVICE_AT_LOCATION;
import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.DIRECTORY_SERVICE_PLACE;
import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.DIRECTORY_SERVICE_TERM;
import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.DIRECTORY_TAXONOMY;
import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.DIRECTORY_TAXONOMY_TERM;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
import org.cypf.platform.db.ContextDatabase;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** The {@code family_support.directory_*} tables. */
public final class JooqDirectory implements Directory {
    private final ContextDatabase database;

    public JooqDirectory(ContextDatabase database) {
        this.database = database;
    }

    private DSLContext dsl() {
        return database.transactionalDsl();
    }

    @Override
    public Optional<UUID> latestFeedIs(String source, String digest) {
        return dsl().select(DIRECTORY_FEED.FEED_ID, DIRECTORY_FEED.DIGEST).from(DIRECTORY_FEED)
                .where(DIRECTORY_FEED.SOURCE.eq(source))
                .orderBy(DIRECTORY_FEED.RECEIVED_AT.desc(), DIRECTORY_FEED.FEED_ID).limit(1)
                .fetchOptional().filter(r -> r.value2().equals(digest)).map(r -> r.value1());
    }

    @Override
    public void store(UUID feedId, DirectoryFeed feed, String importedBy) {
        var dsl = dsl();
        dsl.insertInto(DIRECTORY_FEED).set(DIRECTORY_FEED.FEED_ID, feedId).set(DIRECTORY_FEED.SOURCE, feed.source())
                .set(DIRECTORY_FEED.DIGEST, feed.digest()).set(DIRECTORY_FEED.RECEIVED, feed.received())
                .set(DIRECTORY_FEED.RECEIVED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .set(DIRECTORY_FEED.IMPORTED_BY, importedBy).set(DIRECTORY_FEED.SERVICES, feed.services().size())
                .execute();
        for (DirectoryRecord o : feed.organizations()) {
            dsl.insertInto(DIRECTORY_ORGANIZATION).set(DIRECTORY_ORGANIZATION.ID, o.id())
                    .set(DIRECTORY_ORGANIZATION.NAME, o.name()).set(DIRECTORY_ORGANIZATION.DOCUMENT, o.document())
                    .onConflict(DIRECTORY_ORGANIZATION.ID).doUpdate()
                    .set(DIRECTORY_ORGANIZATION.NAME, o.name()).set(DIRECTORY_ORGANIZATION.DOCUMENT, o.document())
                    .execute();
        }
        for (DirectoryRecord t : feed.taxonomies()) {
            dsl.insertInto(DIRECTORY_TAXONOMY).set(DIRECTORY_TAXONOMY.ID, t.id()).set(DIRECTORY_TAXONOMY.NAME, t.name())
                    .set(DIRECTORY_TAXONOMY.DOCUMENT, t.document()).onConflict(DIRECTORY_TAXONOMY.ID).doUpdate()
                    .set(DIRECTORY_TAXONOMY.NAME, t.name()).set(DIRECTORY_TAXONOMY.DOCUMENT, t.document()).execute();
        }
        for (DirectoryRecord t : feed.taxonomyTerms()) {
            dsl.insertInto(DIRECTORY_TAXONOMY_TERM).set(DIRECTORY_TAXONOMY_TERM.ID, t.id())
                    .set(DIRECTORY_TAXONOMY_TERM.TAXONOMY_ID, t.parentId()).set(DIRECTORY_TAXONOMY_TERM.NAME, t.name())
                    .set(DIRECTORY_TAXONOMY_TERM.DOCUMENT, t.document()).onConflict(DIRECTORY_TAXONOMY_TERM.ID)
                    .doUpdate().set(DIRECTORY_TAXONOMY_TERM.TAXONOMY_ID, t.parentId())
                    .set(DIRECTORY_TAXONOMY_TERM.NAME, t.name()).set(DIRECTORY_TAXONOMY_TERM.DOCUMENT, t.document())
                    .execute();
        }
        for (ListedService s : feed.services()) {
            store(dsl, feedId, s);
        }
    }

    /** A service replaces its earlier version whole: its openings, terms and locations are the feed's. */
    private static void store(DSLContext dsl, UUID feedId, ListedService s) {
        var e = s.eligibility();
        dsl.insertInto(DIRECTORY_SERVICE).set(DIRECTORY_SERVICE.ID, s.id())
                .set(DIRECTORY_SERVICE.ORGANIZATION_ID, s.organizationId()).set(DIRECTORY_SERVICE.NAME, s.name())
                .set(DIRECTORY_SERVICE.STATUS, s.status().code())
                .set(DIRECTORY_SERVICE.MINIMUM_AGE, e.minimumAge().orElse(null))
                .set(DIRECTORY_SERVICE.MAXIMUM_AGE, e.maximumAge().orElse(null))
                .set(DIRECTORY_SERVICE.FREE, s.free()).set(DIRECTORY_SERVICE.SEARCH_TEXT, s.searchText())
                .set(DIRECTORY_SERVICE.DOCUMENT, s.document()).set(DIRECTORY_SERVICE.LIST_DOCUMENT, s.listDocument())
                .set(DIRECTORY_SERVICE.FEED_ID, feedId)
                .onConflict(DIRECTORY_SERVICE.ID).doUpdate()
                .set(DIRECTORY_SERVICE.ORGANIZATION_ID, s.organizationId()).set(DIRECTORY_SERVICE.NAME, s.name())
                .set(DIRECTORY_SERVICE.STATUS, s.status().code())
                .set(DIRECTORY_SERVICE.MINIMUM_AGE, e.minimumAge().orElse(null))
                .set(DIRECTORY_SERVICE.MAXIMUM_AGE, e.maximumAge().orElse(null))
                .set(DIRECTORY_SERVICE.FREE, s.free()).set(DIRECTORY_SERVICE.SEARCH_TEXT, s.searchText())
                .set(DIRECTORY_SERVICE.DOCUMENT, s.document()).set(DIRECTORY_SERVICE.LIST_DOCUMENT, s.listDocument())
                .set(DIRECTORY_SERVICE.FEED_ID, feedId)
                .execute();
        dsl.deleteFrom(DIRECTORY_OPENING).where(DIRECTORY_OPENING.SERVICE_ID.eq(s.id())).execute();
        dsl.deleteFrom(DIRECTORY_SERVICE_TERM).where(DIRECTORY_SERVICE_TERM.SERVICE_ID.eq(s.id())).execute();
        dsl.deleteFrom(DIRECTORY_SERVICE_AT_LOCATION).where(DIRECTORY_SERVICE_AT_LOCATION.SERVICE_ID.eq(s.id()))
                .execute();
        for (Opening o : s.openings()) {
            dsl.insertInto(DIRECTORY_OPENING).set(DIRECTORY_OPENING.SERVICE_ID, s.id())
                    .set(DIRECTORY_OPENING.BYDAY, byday(o.day())).set(DIRECTORY_OPENING.OPENS_AT, o.opensAt())
                    .set(DIRECTORY_OPENING.CLOSES_AT, o.closesAt()).execute();
        }
        for (UUID term : s.taxonomyTermIds()) {
            dsl.insertInto(DIRECTORY_SERVICE_TERM).set(DIRECTORY_SERVICE_TERM.SERVICE_ID, s.id())
                    .set(DIRECTORY_SERVICE_TERM.TERM_ID, term).execute();
        }
        dsl.deleteFrom(DIRECTORY_SERVICE_PLACE).where(DIRECTORY_SERVICE_PLACE.SERVICE_ID.eq(s.id())).execute();
        for (Place place : s.places()) {
            place.coordinates().ifPresent(c -> dsl.insertInto(DIRECTORY_SERVICE_PLACE)
                    .set(DIRECTORY_SERVICE_PLACE.SERVICE_ID, s.id())
                    .set(DIRECTORY_SERVICE_PLACE.LOCATION_ID, place.locationId())
                    .set(DIRECTORY_SERVICE_PLACE.LATITUDE, c.latitude())
                    .set(DIRECTORY_SERVICE_PLACE.LONGITUDE, c.longitude())
                    .set(DIRECTORY_SERVICE_PLACE.PLACED_BY, place.byPostcode() ? "postcode" : "coordinates")
                    .execute());
        }
        for (DirectoryRecord sal : s.serviceAtLocations()) {
            dsl.insertInto(DIRECTORY_SERVICE_AT_LOCATION).set(DIRECTORY_SERVICE_AT_LOCATION.ID, sal.id())
                    .set(DIRECTORY_SERVICE_AT_LOCATION.SERVICE_ID, s.id())
                    .set(DIRECTORY_SERVICE_AT_LOCATION.DOCUMENT, sal.document())
                    .onConflict(DIRECTORY_SERVICE_AT_LOCATION.ID).doUpdate()
                    .set(DIRECTORY_SERVICE_AT_LOCATION.SERVICE_ID, s.id())
                    .set(DIRECTORY_SERVICE_AT_LOCATION.DOCUMENT, sal.document()).execute();
        }
    }

    /** ORUK (iCalendar) day codes: MO, TU, ... */
    private static String byday(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    @Override
    public OrukPage services(ServiceSearch search, Optional<Nearby> nearby, OrukPaging paging) {
        var s = DIRECTORY_SERVICE;
        List<Condition> where = new ArrayList<>();
        search.age().ifPresent(age -> where.add(s.MINIMUM_AGE.isNull().or(s.MINIMUM_AGE.le(age))
                .and(s.MAXIMUM_AGE.isNull().or(s.MAXIMUM_AGE.ge(age)))));
        search.taxonomyTermId().ifPresent(term -> where.add(DSL.exists(DSL.selectOne().from(DIRECTORY_SERVICE_TERM)
                .where(DIRECTORY_SERVICE_TERM.SERVICE_ID.eq(s.ID).and(DIRECTORY_SERVICE_TERM.TERM_ID.eq(term))))));
        search.taxonomyId().ifPresent(taxonomy -> where.add(DSL.exists(DSL.selectOne().from(DIRECTORY_SERVICE_TERM)
                .join(DIRECTORY_TAXONOMY_TERM).on(DIRECTORY_TAXONOMY_TERM.ID.eq(DIRECTORY_SERVICE_TERM.TERM_ID))
                .where(DIRECTORY_SERVICE_TERM.SERVICE_ID.eq(s.ID)
                        .and(DIRECTORY_TAXONOMY_TERM.TAXONOMY_ID.eq(taxonomy))))));
        if (search.day().isPresent() || search.time().isPresent()) {
            var o = DIRECTORY_OPENING;
            Condition open = o.SERVICE_ID.eq(s.ID);
            open = search.day().map(d -> o.BYDAY.eq(byday(d))).map(open::and).orElse(open);
            open = search.time().map(t -> o.OPENS_AT.le(t).and(o.CLOSES_AT.gt(t))).map(open::and).orElse(open);
            where.add(DSL.exists(DSL.selectOne().from(o).where(open)));
        }
        search.free().ifPresent(free -> where.add(s.FREE.eq(free)));
        search.text().ifPresent(text -> {
            for (String word : text.strip().split("\\s+")) {
                where.add(s.SEARCH_TEXT.containsIgnoreCase(word));
            }
        });
        if (nearby.isEmpty()) {
            return page(s, s.ID, s.LIST_DOCUMENT, DSL.and(where), paging, s.NAME);
        }
        Field<Double> distance = distanceToNearestPlace(s.ID, nearby.get().origin());
        nearby.get().withinMetres().ifPresent(metres -> where.add(distance.le(metres.doubleValue())));
        var dsl = dsl();
        long total = dsl.fetchCount(s, DSL.and(where));
        List<OrukDocument> contents = dsl.select(s.ID, s.LIST_DOCUMENT).from(s).where(DSL.and(where))
                .orderBy(distance.asc().nullsLast(), s.NAME, s.ID).limit(paging.perPage()).offset(paging.offset())
                .fetch(r -> new OrukDocument(r.value1(), r.value2()));
        return OrukPage.of(paging, total, contents);
    }

    /**
     * The great-circle distance in metres from {@code origin} to the service's nearest place (null when it has none):
     * the haversine formula on a sphere of the earth's mean radius, {@code least(1, ...)} guarding asin against
     * rounding just above 1 for points at opposite ends of the earth.
     */
    static Field<Double> distanceToNearestPlace(Field<UUID> serviceId, Coordinates origin) {
        var p = DIRECTORY_SERVICE_PLACE;
        Field<Double> metres = DSL.field("2 * {0} * asin(least(1, sqrt(power(sin(radians({1} - {2}) / 2), 2)"
                        + " + cos(radians({2})) * cos(radians({1})) * power(sin(radians({3} - {4}) / 2), 2))))",
                Double.class, DSL.val(Coordinates.EARTH_RADIUS_METRES), p.LATITUDE, DSL.val(origin.latitude()),
                p.LONGITUDE, DSL.val(origin.longitude()));
        return DSL.field(DSL.select(DSL.min(metres)).from(p).where(p.SERVICE_ID.eq(serviceId)));
    }

    @Override
    public Optional<String> service(UUID id) {
        return dsl().select(DIRECTORY_SERVICE.DOCUMENT).from(DIRECTORY_SERVICE).where(DIRECTORY_SERVICE.ID.eq(id))
                .fetchOptional(DIRECTORY_SERVICE.DOCUMENT);
    }

    @Override
    public OrukPage serviceAtLocations(OrukPaging paging) {
        var sal = DIRECTORY_SERVICE_AT_LOCATION;
        return page(sal, sal.ID, sal.DOCUMENT, DSL.noCondition(), paging, sal.ID);
    }

    @Override
    public OrukPage taxonomies(OrukPaging paging) {
        var t = DIRECTORY_TAXONOMY;
        return page(t, t.ID, t.DOCUMENT, DSL.noCondition(), paging, t.NAME);
    }

    @Override
    public OrukPage taxonomyTerms(Optional<UUID> taxonomyId, OrukPaging paging) {
        var t = DIRECTORY_TAXONOMY_TERM;
        return page(t, t.ID, t.DOCUMENT, taxonomyId.map(t.TAXONOMY_ID::eq).orElse(DSL.noCondition()), paging, t.NAME);
    }

    /** One page of {@code table}, ordered by {@code order} then id so that pages never overlap. */
    private OrukPage page(Table<?> table, Field<UUID> id, Field<String> document, Condition where, OrukPaging paging,
                          Field<?> order) {
        var dsl = dsl();
        long total = dsl.fetchCount(table, where);
        SelectConditionStep<Record2<UUID, String>> select = dsl.select(id, document).from(table).where(where);
        List<OrukDocument> contents = select.orderBy(order, id).limit(paging.perPage()).offset(paging.offset())
                .fetch(r -> new OrukDocument(r.value1(), r.value2()));
        return OrukPage.of(paging, total, contents);
    }
}

package org.cypf.familysupport.directory.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.familysupport.api.directory.OrukDocument;
import org.cypf.familysupport.api.directory.OrukPage;
import org.cypf.familysupport.api.directory.OrukPaging;
import org.cypf.familysupport.api.directory.ServiceSearch;
import org.cypf.familysupport.directory.domain.Coordinates;
import org.cypf.familysupport.directory.domain.DirectoryFeed;
import org.cypf.familysupport.directory.domain.DirectoryRecord;
import org.cypf.familysupport.directory.domain.Eligibility;
import org.cypf.familysupport.directory.domain.ListedService;
import org.cypf.familysupport.directory.domain.Nearby;
import org.cypf.familysupport.directory.domain.Opening;
import org.cypf.familysupport.directory.domain.Place;
import org.cypf.familysupport.directory.domain.ServiceStatus;
import org.junit.jupiter.api.Test;

/**
 * What every store of the Open Referral UK service directory must do (ADR 0097, the record stores' suites): CYPF's
 * jOOQ adapter passes it on PostgreSQL; an integrator's store runs it too. Each test starts from an empty directory
 * (the directory's lists are of everything it holds). The port refuses nothing of its own: a feed that breaks a rule
 * was refused whole by the feed's format before it reached the store.
 *
 * <p>The promises: a feed's organisations, taxonomies, terms, services and services at locations are stored and read
 * back whole, as received (a service with its schedules, contacts, terms and locations); the source's latest feed is
 * recognised by its digest, and no longer once a newer feed from it is stored; a record stored again by a later feed
 * replaces its earlier version (its openings, terms, places and services at locations too), never duplicates it;
 * every list is a page of the whole selection with its total, services by name, taxonomies and terms by name, services
 * at locations by id, each then by id; the services' search finds by age, taxonomy term, taxonomy, day and time (on
 * one opening), cost and words, every given part holding; from a point, nearest place first, services with no known
 * place last, and only those within a distance when asked; what a unit of work stored is gone when it rolls back.
 */
public abstract class DirectoryContract {
    private static final String SOURCE = "https://directory.example.org";
    private static final Coordinates ORIGIN = new Coordinates(53.0, -2.2);
    private static final OrukPaging ALL = new OrukPaging(1, OrukPaging.MAX_PER_PAGE);

    /** The directory under test, empty when each test starts. */
    protected abstract Directory directory();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final DirectoryRecord ORGANIZATION_RECORD = new DirectoryRecord(ORGANIZATION, null,
            "Northfield Family Hub", "{\"id\":\"" + ORGANIZATION + "\",\"name\":\"Northfield Family Hub\"}");

    private static DirectoryRecord taxonomy(String name) {
        UUID id = UUID.randomUUID();
        return new DirectoryRecord(id, null, name, "{\"id\":\"" + id + "\",\"name\":\"" + name + "\"}");
    }

    private static DirectoryRecord term(DirectoryRecord taxonomy, String name) {
        UUID id = UUID.randomUUID();
        return new DirectoryRecord(id, taxonomy.id(), name, "{\"id\":\"" + id + "\",\"name\":\"" + name
                + "\",\"taxonomy_id\":\"" + taxonomy.id() + "\"}");
    }

    /** A service at a location of {@code service}, the location {@code at} (or unplaced). */
    private static DirectoryRecord atLocation(UUID service, String location) {
        UUID id = UUID.randomUUID();
        return new DirectoryRecord(id, service, location, "{\"id\":\"" + id + "\",\"service_id\":\"" + service
                + "\",\"location\":{\"name\":\"" + location + "\"}}");
    }

    /** A service to list, built step by step; its documents name everything it has, so a read-back shows it all. */
    private static final class Service {
        final UUID id = UUID.randomUUID();
        String name;
        String description = "";
        Eligibility eligibility = new Eligibility(Optional.empty(), Optional.empty());
        boolean free = true;
        List<Opening> openings = List.of();
        Set<UUID> terms = Set.of();
        List<Coordinates> places = List.of();
        List<DirectoryRecord> atLocations = List.of();

        Service(String name) {
            this.name = name;
        }

        Service ages(Integer min, Integer max) {
            eligibility = new Eligibility(Optional.ofNullable(min), Optional.ofNullable(max));
            return this;
        }

        Service open(Opening... openings) {
            this.openings = List.of(openings);
            return this;
        }

        Service terms(DirectoryRecord... terms) {
            this.terms = Set.copyOf(Arrays.stream(terms).map(DirectoryRecord::id).toList());
            return this;
        }

        Service costs() {
            free = false;
            return this;
        }

        Service described(String description) {
            this.description = description;
            return this;
        }

        Service at(Coordinates... places) {
            this.places = List.of(places);
            return this;
        }

        Service atLocations(String... locations) {
            atLocations = Arrays.stream(locations).map(l -> atLocation(id, l)).toList();
            return this;
        }

        String listDocument() {
            return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"description\":\"" + description + "\"}";
        }

        String document() {
            return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"organization_id\":\"" + ORGANIZATION
                    + "\",\"contacts\":[{\"name\":\"Duty worker\",\"phones\":[{\"number\":\"01632 960001\"}]}]"
                    + ",\"schedules\":" + openings.stream().map(o -> "{\"freq\":\"WEEKLY\",\"byday\":\""
                    + o.day().name().substring(0, 2) + "\",\"opens_at\":\"" + o.opensAt() + "\",\"closes_at\":\""
                    + o.closesAt() + "\"}").toList() + ",\"attributes\":" + terms.stream().sorted()
                    .map(t -> "{\"taxonomy_term_id\":\"" + t + "\"}").toList()
                    + ",\"service_at_locations\":" + atLocations.stream().map(DirectoryRecord::document).toList()
                    + "}";
        }

        ListedService listed() {
            List<Place> placed = new ArrayList<>();
            for (Coordinates c : places) {
                placed.add(Place.described(UUID.randomUUID(), Optional.of(c), Optional.empty()));
            }
            return new ListedService(id, ORGANIZATION, name, ServiceStatus.ACTIVE, eligibility, free,
                    name + " " + description, openings, terms, atLocations, placed, document(), listDocument());
        }

        OrukDocument listed(boolean whole) {
            return new OrukDocument(id, whole ? document() : listDocument());
        }
    }

    private static DirectoryFeed feed(String digest, List<DirectoryRecord> taxonomies, List<DirectoryRecord> terms,
                                      Service... services) {
        return new DirectoryFeed(SOURCE, digest, "{\"contents\":\"" + digest + "\"}", List.of(ORGANIZATION_RECORD),
                taxonomies, terms, Arrays.stream(services).map(Service::listed).toList());
    }

    private static DirectoryFeed feed(Service... services) {
        return feed(UUID.randomUUID().toString(), List.of(), List.of(), services);
    }

    private UUID store(DirectoryFeed feed) {
        UUID feedId = UUID.randomUUID();
        inUnitOfWork(() -> directory().store(feedId, feed, "dm.lee"));
        return feedId;
    }

    private OrukPage search(ServiceSearch search) {
        return search(search, Optional.empty());
    }

    private OrukPage search(ServiceSearch search, Optional<Nearby> nearby) {
        return inUnitOfWork(() -> directory().services(search, nearby, ALL));
    }

    private static List<UUID> ids(OrukPage page) {
        return page.contents().stream().map(OrukDocument::id).toList();
    }

    private static List<UUID> ids(Service... services) {
        return Arrays.stream(services).map(s -> s.id).toList();
    }

    private static ServiceSearch search() {
        return ServiceSearch.everything();
    }

    private static ServiceSearch withAge(int age) {
        return new ServiceSearch(Optional.of(age), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static ServiceSearch tagged(Optional<UUID> term, Optional<UUID> taxonomy) {
        return new ServiceSearch(Optional.empty(), term, taxonomy, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static ServiceSearch openOn(DayOfWeek day, LocalTime time) {
        return new ServiceSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.ofNullable(day),
                Optional.ofNullable(time), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static ServiceSearch costAndWords(Boolean free, String text) {
        return new ServiceSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.ofNullable(free), Optional.ofNullable(text), Optional.empty(),
                Optional.empty());
    }

    /** {@code metres} due north of the origin (a degree of latitude is 111.2 km on the sphere). */
    private static Coordinates north(int metres) {
        return new Coordinates(ORIGIN.latitude() + metres / 111_195.0, ORIGIN.longitude());
    }

    private static Opening opening(DayOfWeek day, int opens, int closes) {
        return new Opening(day, LocalTime.of(opens, 0), LocalTime.of(closes, 0));
    }

    @Test
    public void a_feeds_records_are_stored_and_read_back_whole_as_received() {
        DirectoryRecord types = taxonomy("Service types");
        DirectoryRecord needs = taxonomy("Needs");
        DirectoryRecord play = term(types, "Play and stay");
        DirectoryRecord advice = term(types, "Advice");
        DirectoryRecord sleep = term(needs, "Sleep");
        Service stay = new Service("Stay and play").ages(0, 5).open(opening(DayOfWeek.MONDAY, 9, 12))
                .terms(play, sleep).at(north(500)).atLocations("Northfield Hub", "Library");
        Service clinic = new Service("Baby clinic").open(opening(DayOfWeek.TUESDAY, 13, 16)).terms(advice);
        store(feed("one", List.of(types, needs), List.of(play, advice, sleep), stay, clinic));

        assertEquals(Optional.of(stay.document()), inUnitOfWork(() -> directory().service(stay.id)),
                "a service whole: its schedules, contacts, terms and services at locations as received");
        assertEquals(Optional.of(clinic.document()), inUnitOfWork(() -> directory().service(clinic.id)));
        assertEquals(Optional.empty(), inUnitOfWork(() -> directory().service(UUID.randomUUID())));
        assertEquals(List.of(clinic.listed(false), stay.listed(false)), search(search()).contents(),
                "services listed by their one-to-one fields, by name");
        assertEquals(stay.atLocations.stream().sorted(Comparator.comparing(r -> r.id().toString()))
                        .map(r -> new OrukDocument(r.id(), r.document())).toList(),
                inUnitOfWork(() -> directory().serviceAtLocations(ALL)).contents(), "by id");
        assertEquals(List.of(new OrukDocument(needs.id(), needs.document()),
                        new OrukDocument(types.id(), types.document())),
                inUnitOfWork(() -> directory().taxonomies(ALL)).contents(), "by name");
        assertEquals(List.of(new OrukDocument(advice.id(), advice.document()),
                        new OrukDocument(play.id(), play.document()), new OrukDocument(sleep.id(), sleep.document())),
                inUnitOfWork(() -> directory().taxonomyTerms(Optional.empty(), ALL)).contents(), "by name");
        assertEquals(List.of(advice.id(), play.id()),
                ids(inUnitOfWork(() -> directory().taxonomyTerms(Optional.of(types.id()), ALL))), "one taxonomy's");
    }

    @Test
    public void the_sources_latest_feed_is_recognised_by_its_digest_until_a_newer_one_is_stored() {
        assertEquals(Optional.empty(), inUnitOfWork(() -> directory().latestFeedIs(SOURCE, "one")), "none yet");
        UUID first = store(feed("one", List.of(), List.of(), new Service("Stay and play")));
        assertEquals(Optional.of(first), inUnitOfWork(() -> directory().latestFeedIs(SOURCE, "one")));
        assertEquals(Optional.empty(), inUnitOfWork(() -> directory().latestFeedIs(SOURCE, "two")));
        assertEquals(Optional.empty(), inUnitOfWork(() -> directory().latestFeedIs("https://other.example.org",
                "one")), "another source's feed");

        UUID second = store(feed("two", List.of(), List.of(), new Service("Stay and play")));
        assertEquals(Optional.of(second), inUnitOfWork(() -> directory().latestFeedIs(SOURCE, "two")));
        assertEquals(Optional.empty(), inUnitOfWork(() -> directory().latestFeedIs(SOURCE, "one")),
                "an older feed sent again after a newer one is imported again");
    }

    @Test
    public void a_record_stored_again_replaces_its_earlier_version_and_is_never_duplicated() {
        DirectoryRecord types = taxonomy("Service types");
        DirectoryRecord play = term(types, "Play and stay");
        DirectoryRecord advice = term(types, "Advice");
        Service stay = new Service("Stay and play").ages(0, 5).open(opening(DayOfWeek.MONDAY, 9, 12))
                .terms(play).at(north(500)).atLocations("Northfield Hub", "Library");
        Service clinic = new Service("Baby clinic").ages(12, 18).terms(advice).atLocations("Health centre");
        DirectoryFeed feed = feed("one", List.of(types), List.of(play, advice), stay, clinic);
        store(feed);
        store(feed); // the same feed again, as a newer feed may carry the same records
        assertEquals(2, search(search()).totalItems());
        assertEquals(3, inUnitOfWork(() -> directory().serviceAtLocations(ALL)).totalItems());
        assertEquals(1, inUnitOfWork(() -> directory().taxonomies(ALL)).totalItems());
        assertEquals(2, inUnitOfWork(() -> directory().taxonomyTerms(Optional.empty(), ALL)).totalItems());

        stay.name = "Stay, play and sing";
        stay.ages(6, 11).open(opening(DayOfWeek.FRIDAY, 14, 16)).terms(advice).at().atLocations("Church hall");
        store(feed("two", List.of(types), List.of(play, advice), stay));
        assertEquals(Optional.of(stay.document()), inUnitOfWork(() -> directory().service(stay.id)));
        assertEquals(List.of(clinic.listed(false), stay.listed(false)), search(search()).contents());
        assertEquals(List.of(), ids(search(withAge(3))), "its earlier eligibility is gone");
        assertEquals(ids(stay), ids(search(withAge(8))));
        assertEquals(List.of(), ids(search(openOn(DayOfWeek.MONDAY, null))), "its earlier openings are gone");
        assertEquals(ids(stay), ids(search(openOn(DayOfWeek.FRIDAY, null))));
        assertEquals(List.of(), ids(search(tagged(Optional.of(play.id()), Optional.empty()))),
                "its earlier terms are gone");
        assertEquals(ids(clinic, stay), ids(search(tagged(Optional.of(advice.id()), Optional.empty()))));
        assertEquals(List.of(clinic.id, stay.id), ids(search(search(), Optional.of(new Nearby(ORIGIN,
                Optional.empty())))), "its earlier place is gone: no known place, so by name");
        List<UUID> atLocations = new ArrayList<>(List.of(clinic.atLocations.getFirst().id(),
                stay.atLocations.getFirst().id()));
        atLocations.sort(Comparator.comparing(UUID::toString));
        assertEquals(atLocations, ids(inUnitOfWork(() -> directory().serviceAtLocations(ALL))),
                "its earlier services at locations are gone");
    }

    @Test
    public void a_list_is_a_page_of_the_whole_selection_with_its_total() {
        Service a = new Service("Antenatal class");
        Service b1 = new Service("Baby massage");
        Service b2 = new Service("Baby massage");
        Service c = new Service("Chatterbox");
        Service d = new Service("Dads group");
        store(feed(d, b2, a, c, b1));
        List<Service> sameName = new ArrayList<>(List.of(b1, b2));
        sameName.sort(Comparator.comparing(s -> s.id.toString()));

        OrukPage first = inUnitOfWork(() -> directory().services(search(), Optional.empty(), new OrukPaging(1, 2)));
        assertEquals(List.of(a.id, sameName.get(0).id), ids(first), "by name, then id");
        assertEquals(List.of(5L, 3, 1, 2, true, false, false),
                List.of(first.totalItems(), first.totalPages(), first.pageNumber(), first.size(), first.firstPage(),
                        first.lastPage(), first.empty()));
        OrukPage second = inUnitOfWork(() -> directory().services(search(), Optional.empty(), new OrukPaging(2, 2)));
        assertEquals(List.of(sameName.get(1).id, c.id), ids(second));
        OrukPage last = inUnitOfWork(() -> directory().services(search(), Optional.empty(), new OrukPaging(3, 2)));
        assertEquals(List.of(d.id), ids(last));
        assertEquals(List.of(5L, 1, false, true), List.of(last.totalItems(), last.size(), last.firstPage(),
                last.lastPage()));
        OrukPage beyond = inUnitOfWork(() -> directory().services(search(), Optional.empty(), new OrukPaging(4, 2)));
        assertEquals(List.of(5L, 0, true), List.of(beyond.totalItems(), beyond.size(), beyond.empty()));

        DirectoryRecord types = taxonomy("Service types");
        List<DirectoryRecord> terms = List.of(term(types, "Delta"), term(types, "Alpha"), term(types, "Charlie"));
        store(feed("terms", List.of(types), terms));
        OrukPage termPage = inUnitOfWork(() -> directory().taxonomyTerms(Optional.empty(), new OrukPaging(2, 2)));
        assertEquals(List.of(terms.get(0).id()), ids(termPage));
        assertEquals(3, termPage.totalItems());
    }

    @Test
    public void services_are_found_for_an_age_within_their_eligibility_a_missing_bound_being_none() {
        Service underFives = new Service("Under fives").ages(0, 5);
        Service fromSix = new Service("From six").ages(6, null);
        Service anyone = new Service("Anyone");
        Service upToThree = new Service("Up to three").ages(null, 3);
        store(feed(underFives, fromSix, anyone, upToThree));

        assertEquals(ids(anyone, underFives, upToThree), ids(search(withAge(3))), "bounds included");
        assertEquals(ids(anyone, underFives), ids(search(withAge(5))));
        assertEquals(ids(anyone, fromSix), ids(search(withAge(6))));
        assertEquals(ids(anyone, fromSix), ids(search(withAge(130))));
        assertEquals(2, search(withAge(6)).totalItems(), "the total counts what the search finds");
    }

    @Test
    public void services_are_found_by_a_term_they_are_tagged_with_or_by_a_term_of_a_taxonomy() {
        DirectoryRecord types = taxonomy("Service types");
        DirectoryRecord needs = taxonomy("Needs");
        DirectoryRecord play = term(types, "Play and stay");
        DirectoryRecord advice = term(types, "Advice");
        DirectoryRecord sleep = term(needs, "Sleep");
        Service stay = new Service("Stay and play").terms(play);
        Service clinic = new Service("Baby clinic").terms(advice, sleep);
        Service untagged = new Service("Untagged");
        store(feed("one", List.of(types, needs), List.of(play, advice, sleep), stay, clinic, untagged));

        assertEquals(ids(stay), ids(search(tagged(Optional.of(play.id()), Optional.empty()))));
        assertEquals(ids(clinic), ids(search(tagged(Optional.of(sleep.id()), Optional.empty()))));
        assertEquals(ids(clinic, stay), ids(search(tagged(Optional.empty(), Optional.of(types.id())))));
        assertEquals(ids(clinic), ids(search(tagged(Optional.empty(), Optional.of(needs.id())))));
        assertEquals(List.of(), ids(search(tagged(Optional.of(play.id()), Optional.of(needs.id())))),
                "both must hold");
        assertEquals(List.of(), ids(search(tagged(Optional.of(UUID.randomUUID()), Optional.empty()))));
    }

    @Test
    public void services_are_found_open_on_a_day_and_at_a_time_from_opening_up_to_closing_on_one_opening() {
        Service mornings = new Service("Mondays").open(opening(DayOfWeek.MONDAY, 9, 12),
                opening(DayOfWeek.TUESDAY, 13, 17));
        Service weekend = new Service("Saturdays").open(opening(DayOfWeek.SATURDAY, 10, 14));
        Service never = new Service("No schedule");
        store(feed(mornings, weekend, never));

        assertEquals(ids(mornings), ids(search(openOn(DayOfWeek.MONDAY, null))));
        assertEquals(ids(weekend), ids(search(openOn(DayOfWeek.SATURDAY, null))));
        assertEquals(List.of(), ids(search(openOn(DayOfWeek.SUNDAY, null))));
        assertEquals(ids(mornings), ids(search(openOn(null, LocalTime.of(9, 0)))), "from opening, inclusive");
        assertEquals(ids(mornings, weekend), ids(search(openOn(null, LocalTime.of(11, 59)))), "on any day");
        assertEquals(ids(weekend), ids(search(openOn(null, LocalTime.of(12, 0)))), "up to closing, exclusive");
        assertEquals(ids(mornings), ids(search(openOn(DayOfWeek.MONDAY, LocalTime.of(10, 0)))));
        assertEquals(List.of(), ids(search(openOn(DayOfWeek.MONDAY, LocalTime.of(14, 0)))),
                "open on Monday and at two on Tuesday is not open at two on Monday");
    }

    @Test
    public void services_are_found_by_cost_and_by_every_word_in_their_name_or_description_case_ignored() {
        Service free = new Service("Toddler Stay and Play").described("songs and messy play for toddlers");
        Service paid = new Service("Swimming lessons").described("for babies and toddlers").costs();
        Service other = new Service("Parenting course").described("eight weeks");
        store(feed(free, paid, other));

        assertEquals(ids(other, free), ids(search(costAndWords(true, null))));
        assertEquals(ids(paid), ids(search(costAndWords(false, null))));
        assertEquals(ids(paid, free), ids(search(costAndWords(null, "TODDLERS"))), "in the description");
        assertEquals(ids(free), ids(search(costAndWords(null, "messy  play"))), "every word");
        assertEquals(List.of(), ids(search(costAndWords(null, "messy swimming"))), "every word, not any");
        assertEquals(List.of(), ids(search(costAndWords(false, "messy"))), "every given part");
    }

    @Test
    public void from_a_point_services_come_nearest_place_first_with_no_known_place_last_and_within_a_distance() {
        Service near = new Service("Zebra club").ages(0, 12).at(north(5_000), north(1_000)); // its nearest counts
        Service middle = new Service("Alpha club").ages(13, 19).at(north(3_000));
        Service far = new Service("Beta club").ages(0, 12).at(north(20_000));
        Service nowhere = new Service("Aardvark club").ages(13, 19);
        store(feed(far, nowhere, middle, near));

        assertEquals(ids(near, middle, far, nowhere),
                ids(search(search(), Optional.of(new Nearby(ORIGIN, Optional.empty())))));
        assertEquals(ids(near, middle), ids(search(search(), Optional.of(new Nearby(ORIGIN, Optional.of(4_000))))),
                "within 4 km: those with no known place are not");
        OrukPage nearest = search(search(), Optional.of(new Nearby(ORIGIN, Optional.of(1_100))));
        assertEquals(ids(near), ids(nearest));
        assertEquals(1, nearest.totalItems(), "the total counts only those within the distance");
        assertEquals(ids(near, far), ids(search(withAge(8), Optional.of(new Nearby(ORIGIN, Optional.empty())))),
                "with the other filters");
    }

    @Test
    public void what_a_unit_of_work_stored_is_gone_when_it_rolls_back() {
        DirectoryRecord types = taxonomy("Service types");
        DirectoryRecord play = term(types, "Play and stay");
        Service stay = new Service("Stay and play").terms(play).atLocations("Northfield Hub");
        DirectoryFeed feed = feed("one", List.of(types), List.of(play), stay);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            directory().store(UUID.randomUUID(), feed, "dm.lee");
            throw new IllegalStateException("the import failed after storing the feed");
        }));
        assertEquals(Optional.empty(), inUnitOfWork(() -> directory().latestFeedIs(SOURCE, "one")));
        assertEquals(Optional.empty(), inUnitOfWork(() -> directory().service(stay.id)));
        assertEquals(0, search(search()).totalItems());
        assertEquals(0, inUnitOfWork(() -> directory().serviceAtLocations(ALL)).totalItems());
        assertEquals(0, inUnitOfWork(() -> directory().taxonomyTerms(Optional.empty(), ALL)).totalItems());
        assertEquals(0, inUnitOfWork(() -> directory().taxonomies(ALL)).totalItems());
    }
}

package org.cypf.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import org.cypf.familysupport.FamilySupportContext;
import org.cypf.familysupport.api.directory.DirectoryFeedImported;
import org.cypf.familysupport.api.directory.OrukPage;
import org.cypf.familysupport.api.directory.OrukPaging;
import org.cypf.familysupport.api.directory.ServiceDirectory;
import org.cypf.familysupport.api.directory.ServiceSearch;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's directory on a real PostgreSQL, through family support's own import and search: the feed is accepted
 * whole, a second load changes nothing, and the searches a newcomer tries (near a bundled postcode, by age, free,
 * by day) find its services.
 */
class SyntheticDirectoryTest {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private static final OrukPaging FIRST = new OrukPaging(1, 100);
    private static ContextDatabase database;
    private static ServiceDirectory directory;
    private static RecordingChildRecordAccess access;

    @BeforeAll
    static void start() {
        TestDatabase.Target db = TestDatabase.fresh("demo directory");
        database = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "family_support", 2);
        access = RecordingChildRecordAccess.allowingEveryone();
        directory = new FamilySupportContext(database, access, Clock.systemUTC()).serviceDirectory();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static List<String> names(OrukPage page) {
        return page.contents().stream().map(d -> {
            try {
                return JSON.readTree(d.json()).get("name").asText();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }

    private static ServiceSearch search(Optional<Integer> age, Optional<DayOfWeek> day, Optional<Boolean> free) {
        return new ServiceSearch(age, Optional.empty(), Optional.empty(), day, Optional.empty(), free,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void the_demo_feed_is_imported_as_its_directory_manager_and_a_search_finds_its_services() {
        DirectoryFeedImported first = SyntheticDirectory.load(directory);
        assertFalse(first.alreadyReceived());
        assertEquals(3, first.organizations());
        assertEquals(8, first.services());
        assertEquals(6, first.taxonomyTerms());
        var asked = access.authorisations().getLast();
        assertEquals("service-directory", asked.intent().recordType());
        assertEquals("IMPORT", asked.intent().action().name());
        assertEquals("dm.lee", asked.caller().userId());
        assertTrue(SyntheticDirectory.load(directory).alreadyReceived(), "a second start changes nothing");

        assertEquals(8, directory.services(ServiceSearch.everything(), FIRST).totalItems());
        // near Meir (ST3), every service with a place: the Meir hub's first
        OrukPage nearMeir = directory.services(ServiceSearch.everything().near("ST3 7AB", Optional.of(5_000)), FIRST);
        assertTrue(nearMeir.totalItems() >= 2, names(nearMeir).toString());
        assertTrue(names(nearMeir).get(0).contains("Stay and Play"), names(nearMeir).toString());
        // a two-year-old, free: the early years sessions, not the youth club nor Teen Talk (which cost)
        List<String> toddler = names(directory.services(search(Optional.of(2), Optional.empty(), Optional.of(true)),
                FIRST));
        assertTrue(toddler.containsAll(List.of("Stay and Play", "SEND Stay and Play", "Dads' Group")), toddler.toString());
        assertFalse(toddler.contains("Teen Talk"));
        // open on a Friday: the youth club and the money advice
        List<String> friday = names(directory.services(search(Optional.empty(), Optional.of(DayOfWeek.FRIDAY),
                Optional.empty()), FIRST));
        assertEquals(List.of("Family Money Advice", "Friday Youth Club"), friday.stream().sorted().toList());
        assertEquals(6, directory.taxonomyTerms(Optional.empty(), FIRST).totalItems());
    }
}

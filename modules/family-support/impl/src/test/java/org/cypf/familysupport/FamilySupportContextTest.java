package org.cypf.familysupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.cypf.familysupport.api.familyhub.FamilyHubView;
import org.cypf.familysupport.api.familyhub.FamilyHubs;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The family support skeleton is real: its schema, role, generated jOOQ classes and use case work end to end. */
class FamilySupportContextTest {
    private static ContextDatabase database;

    @BeforeAll
    static void setUp() throws Exception {
        var t = TestDatabase.fresh("family support");
        try (var c = DriverManager.getConnection(t.jdbcUrl(), t.user(), t.password())) {
            c.createStatement().execute("""
                    insert into family_support.family_hub (hub_id, name, postcode, locality, opened_on) values
                      ('00000000-0000-0000-0000-000000000002', 'Meir Family Hub', 'ST3 7AB', 'Stoke South', '2023-09-01'),
                      ('00000000-0000-0000-0000-000000000001', 'Burslem Family Hub', 'ST6 3BB', 'Stoke North', null)""");
        }
        database = ContextDatabase.open(new DatabaseSettings(t.jdbcUrl(), t.user(), t.password()), "family_support", 2);
    }

    @AfterAll
    static void tearDown() {
        database.close();
    }

    @Test
    void lists_family_hubs_by_name_as_the_family_support_role() {
        List<FamilyHubView> hubs = hubs().familyHubs(null, new Slice(1, 1000)).items();
        assertEquals(List.of("Burslem Family Hub", "Meir Family Hub"), hubs.stream().map(FamilyHubView::name).toList());
        assertEquals("ST3 7AB", hubs.get(1).postcode());
        assertEquals("Stoke South", hubs.get(1).locality());
        assertEquals(LocalDate.of(2023, 9, 1), hubs.get(1).openedOn());
    }

    @Test
    void a_localitys_hubs_are_listed_and_a_locality_that_is_no_name_is_refused_naming_it() {
        var north = hubs().familyHubs(" stoke north ", new Slice(1, 10));
        assertEquals(List.of("Burslem Family Hub"), north.items().stream().map(FamilyHubView::name).toList());
        assertEquals(1, north.total());
        assertEquals(0, hubs().familyHubs("Leek", new Slice(1, 10)).total());
        for (String noName : new String[] {"   ", "x".repeat(201)}) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> hubs().familyHubs(noName, new Slice(1, 10)));
            assertEquals("locality", refused.violations().getFirst().field());
        }
    }

    private static FamilyHubs hubs() {
        return new FamilySupportContext(database, RecordingChildRecordAccess.allowingEveryone(), Clock.systemUTC())
                .familyHubs();
    }
}

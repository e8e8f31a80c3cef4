package org.cypf.familysupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.cypf.familysupport.api.familyhub.FamilyHubView;
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
                    insert into family_support.family_hub (hub_id, name, postcode, opened_on) values
                      ('00000000-0000-0000-0000-000000000002', 'Meir Family Hub', 'ST3 7AB', '2023-09-01'),
                      ('00000000-0000-0000-0000-000000000001', 'Burslem Family Hub', 'ST6 3BB', null)""");
        }
        database = ContextDatabase.open(new DatabaseSettings(t.jdbcUrl(), t.user(), t.password()), "family_support", 2);
    }

    @AfterAll
    static void tearDown() {
        database.close();
    }

    @Test
    void lists_family_hubs_by_name_as_the_family_support_role() {
        List<FamilyHubView> hubs = new FamilySupportContext(database, RecordingChildRecordAccess.allowingEveryone(), Clock.systemUTC()).familyHubs().familyHubs(new org.cypf.kernel.page.Slice(1, 1000)).items();
        assertEquals(List.of("Burslem Family Hub", "Meir Family Hub"), hubs.stream().map(FamilyHubView::name).toList());
        assertEquals("ST3 7AB", hubs.get(1).postcode());
        assertEquals(LocalDate.of(2023, 9, 1), hubs.get(1).openedOn());
    }
}

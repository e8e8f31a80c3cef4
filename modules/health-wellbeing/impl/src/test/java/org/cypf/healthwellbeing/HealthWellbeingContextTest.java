package org.cypf.healthwellbeing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.cypf.healthwellbeing.api.organisation.HealthOrganisationView;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The health and wellbeing skeleton is real: its schema, role, generated jOOQ classes and use case work end to end. */
class HealthWellbeingContextTest {
    private static TestDatabase.Target target;
    private static ContextDatabase database;

    @BeforeAll
    static void setUp() throws Exception {
        target = TestDatabase.fresh("health wellbeing");
        try (var c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password())) {
            c.createStatement().execute("""
                    insert into health_wellbeing.health_organisation (ods_code, name, kind) values
                      ('RJE', 'University Hospitals of North Midlands NHS Trust', 'NHS trust'),
                      ('QNC', 'NHS Staffordshire and Stoke-on-Trent Integrated Care Board', 'integrated care board')""");
        }
        database = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "health_wellbeing", 2);
    }

    @AfterAll
    static void tearDown() {
        database.close();
    }

    @Test
    void lists_health_organisations_by_ods_code() {
        List<HealthOrganisationView> all = new HealthWellbeingContext(database,
                RecordingChildRecordAccess.forPartners(Set.of("nhs")), Clock.systemUTC()).healthOrganisations().healthOrganisations();
        assertEquals(List.of("QNC", "RJE"), all.stream().map(HealthOrganisationView::odsCode).toList());
        assertEquals("NHS trust", all.get(1).kind());
    }

    @Test
    void an_ods_code_of_the_wrong_shape_is_refused_by_the_schema() throws SQLException {
        try (var c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password())) {
            assertThrows(SQLException.class, () -> c.createStatement().execute(
                    "insert into health_wellbeing.health_organisation (ods_code, name, kind) values ('rj e', 'x', 'y')"));
        }
    }
}

package org.cypf.educationskills.settings.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.cypf.testing.AdminSql;
import org.cypf.educationskills.api.settings.SettingView;
import org.cypf.educationskills.api.settings.SettingsImported;
import org.cypf.educationskills.settings.adapter.out.csv.GiasCsvReader;
import org.cypf.educationskills.settings.adapter.out.persistence.JooqSettingsHeld;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Importing the establishment register on PostgreSQL: idempotent, all or nothing, paged back by URN. */
class SettingsServiceTest {
    private static final String HEADER = "URN,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),"
            + "Trusts (name),Postcode\r\n";

    private static AdminSql admin;
    private static ContextDatabase education;
    private static SettingsService service;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("settings service");
        admin = new AdminSql(target);
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        service = new SettingsService(education, new JooqSettingsHeld(education), new GiasCsvReader());
    }

    @AfterAll
    static void tearDown() {
        education.close();
    }

    @Test
    void the_same_extract_twice_adds_once_then_changes_nothing_and_a_renamed_school_moves_its_version() {
        String extract = HEADER
                + "200001,Brook Primary,Community school,Primary,,ST1 1AA\r\n"
                + "200002,Hill Academy,Academy converter,Secondary,Hill Trust,ST1 2BB\r\n";
        assertEquals(new SettingsImported(2, 2, 0, 0), service.importRegister(extract));
        assertEquals(new SettingsImported(2, 0, 0, 2), service.importRegister(extract));
        assertEquals(0L, version(200001));

        String renamed = HEADER
                + "200001,Brook Primary,Community school,Primary,,ST1 1AA\r\n"
                + "200002,Hill Academy,Academy converter,Secondary,Valley Trust,ST1 2BB\r\n";
        assertEquals(new SettingsImported(2, 0, 1, 1), service.importRegister(renamed));
        assertEquals(1L, version(200002));
        assertEquals("Valley Trust", admin.rows("select trust from education_skills.setting where urn = 200002")
                .getFirst().get("trust"));
    }

    @Test
    void a_file_with_one_bad_row_stores_nothing_of_its_good_rows() {
        String extract = HEADER
                + "300001,Good School,Community school,Primary,,ST1 1AA\r\n"
                + "30002,Bad URN School,Community school,Primary,,ST1 1AA\r\n";
        var refused = assertThrows(InvalidInput.class, () -> service.importRegister(extract));
        assertEquals(List.of("rows[3].URN"), refused.violations().stream().map(FieldViolation::field).toList());
        assertEquals(0, admin.count("select count(*) from education_skills.setting where urn = 300001"));
    }

    @Test
    void settings_come_back_a_page_at_a_time_in_urn_order() {
        service.importRegister(HEADER
                + "400003,C School,Community school,Primary,,\r\n"
                + "400001,A School,Community school,Primary,,\r\n"
                + "400002,B School,Community school,Primary,,\r\n");
        long total = admin.count("select count(*) from education_skills.setting");
        long before = admin.count("select count(*) from education_skills.setting where urn < 400001");
        int page = (int) before + 1; // pages of one setting: the page holding 400001
        var first = service.settings(page, 1);
        assertEquals(400001, first.settings().getFirst().urn());
        assertEquals(total, first.total());
        assertEquals(400002, service.settings(page + 1, 1).settings().getFirst().urn());
        var refused = assertThrows(InvalidInput.class, () -> service.settings(0, 1001));
        assertEquals(List.of("page", "size"), refused.violations().stream().map(FieldViolation::field).toList());
    }

    @Test
    void a_new_inspection_in_the_register_moves_the_version_and_the_page_shows_ukprn_locality_and_inspection() {
        String header = "URN,UKPRN,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),Trusts (name),"
                + "Postcode,AdministrativeWard (name),OfstedRating (name),OfstedLastInsp\r\n";
        service.importRegister(header
                + "500001,10012345,Brook College,Further education,16 plus,,ST4 2DE,Hanley Park and Shelton,Good,"
                + "09-11-2022\r\n");
        assertEquals(new SettingsImported(1, 0, 1, 0), service.importRegister(header
                + "500001,10012345,Brook College,Further education,16 plus,,ST4 2DE,Hanley Park and Shelton,,"
                + "04-03-2025\r\n"));
        long before = admin.count("select count(*) from education_skills.setting where urn < 500001");
        SettingView shown = service.settings((int) before + 1, 1).settings().getFirst();
        assertEquals(new SettingView(500001, 10012345, "Brook College", "Further education", "16 plus", null,
                "ST4 2DE", "Hanley Park and Shelton", null, LocalDate.of(2025, 3, 4), 1), shown);
    }

    private static long version(int urn) {
        return admin.count("select version from education_skills.setting where urn = ?", urn);
    }
}

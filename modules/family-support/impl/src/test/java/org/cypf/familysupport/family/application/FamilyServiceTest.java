package org.cypf.familysupport.family.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.familysupport.FamilySupportContext;
import org.cypf.familysupport.api.earlyhelp.EarlyHelpEpisodes;
import org.cypf.familysupport.api.earlyhelp.OpenEarlyHelpEpisode;
import org.cypf.familysupport.api.family.AddChildToFamily;
import org.cypf.familysupport.api.family.Families;
import org.cypf.familysupport.api.family.FamilyChild;
import org.cypf.familysupport.api.family.FamilyView;
import org.cypf.familysupport.api.family.FormFamily;
import org.cypf.familysupport.api.family.RemoveChildFromFamily;
import org.cypf.familysupport.api.request.ReceiveRequestForSupport;
import org.cypf.familysupport.api.request.RequestsForSupport;
import org.cypf.familysupport.api.request.TriageRequestForSupport;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Family groupings of siblings on a real PostgreSQL: each child named authorised and audited on its own, refused input
 * writing nothing (not even an audit row), and the request for support and early help episode naming the family.
 */
class FamilyServiceTest {
    private static final String PARTNER = "stoke-council";
    private static final Caller PRACTITIONER = new Caller("eh.begum", PARTNER, Set.of(), null);
    private static final Caller STRANGER = new Caller("someone", "not-a-partner", Set.of(), null);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private static TestDatabase.Target db;
    private static AdminSql admin;
    private static ContextDatabase familySupportDb;
    private static RecordingChildRecordAccess access;
    private static Families families;
    private static RequestsForSupport requests;
    private static EarlyHelpEpisodes episodes;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh("family groupings");
        admin = new AdminSql(db);
        familySupportDb = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()),
                "family_support", 2);
        access = RecordingChildRecordAccess.forPartners(Set.of(PARTNER)).withAuditAsAdministrator(db);
        var context = new FamilySupportContext(familySupportDb, access, CLOCK);
        families = context.families();
        requests = context.requestsForSupport();
        episodes = context.earlyHelpEpisodes();
    }

    @AfterAll
    static void stop() {
        familySupportDb.close();
    }

    @BeforeEach
    void forget() {
        access.forget();
    }

    private static String child() {
        return UUID.randomUUID().toString();
    }

    /** The access audit's rows about {@code child} for family groupings, by decision. */
    private static long audited(String child, String action, String decision) {
        return admin.count("select count(*) from governance.child_record_access where record_type = 'family'"
                + " and child_id = '" + child + "' and action = '" + action + "' and decision = '" + decision + "'");
    }

    @Test
    void a_family_is_formed_and_read_each_child_authorised_and_audited_on_its_own() {
        String anna = child(), ben = child(), cara = child();
        FamilyView formed = families.form(PRACTITIONER, new FormFamily(List.of(anna, ben, cara), TODAY.minusDays(1)));
        assertEquals(List.of(anna, ben, cara), formed.children().stream().map(FamilyChild::childId).toList());
        var creating = access.authorisations().get(0);
        assertEquals(RecordAction.CREATE, creating.intent().action());
        assertEquals(Set.of(ChildId.parse(anna), ChildId.parse(ben), ChildId.parse(cara)),
                Set.copyOf(creating.children()));
        for (String c : List.of(anna, ben, cara)) {
            assertEquals(1, audited(c, "CREATE", "PERMITTED"), "one audit row per child");
        }

        FamilyView read = families.family(PRACTITIONER, formed.familyId());
        assertEquals(formed, read);
        for (String c : List.of(anna, ben, cara)) {
            assertEquals(1, audited(c, "READ", "PERMITTED"));
        }
        assertThrows(AccessDenied.class, () -> families.family(STRANGER, formed.familyId()));
        for (String c : List.of(anna, ben, cara)) {
            assertEquals(1, audited(c, "READ", "DENIED"), "a refused read is audited per child too");
        }
    }

    @Test
    void a_request_and_its_early_help_episode_name_the_family_whose_children_are_then_read() {
        String dan = child(), eve = child(), only = child();
        UUID family = families.form(PRACTITIONER, new FormFamily(List.of(dan, eve), TODAY)).familyId();
        var request = requests.receive(PRACTITIONER, new ReceiveRequestForSupport(eve, TODAY.minusDays(10),
                "FAMILY", null, "Struggling with a new baby and an older child's behaviour.", "Mother",
                TODAY.minusDays(10)));
        assertEquals(family, request.familyId());
        requests.triage(PRACTITIONER, new TriageRequestForSupport(request.requestId(), 0, TODAY.minusDays(9),
                "EARLY_HELP", null));
        var episode = episodes.open(PRACTITIONER, new OpenEarlyHelpEpisode(request.requestId(), TODAY.minusDays(8),
                "A. Begum", "Meir Family Hub"));
        assertEquals(family, episode.familyId());
        assertEquals(family, episodes.episode(PRACTITIONER, episode.episodeId()).familyId());
        assertEquals(List.of(dan, eve), families.family(PRACTITIONER, episode.familyId()).children().stream()
                .map(FamilyChild::childId).toList(), "the episode's child's siblings, read through the family");

        var alone = requests.receive(PRACTITIONER, new ReceiveRequestForSupport(only, TODAY, "FAMILY", null,
                "Help with sleep.", "Father", TODAY));
        assertNull(alone.familyId(), "a child in no family grouping");
    }

    @Test
    void a_child_is_added_later_and_is_in_one_family_at_a_time() {
        String fay = child(), gus = child(), baby = child();
        UUID family = families.form(PRACTITIONER, new FormFamily(List.of(fay, gus), TODAY.minusDays(30))).familyId();
        access.forget();
        FamilyView grown = families.addChild(PRACTITIONER, new AddChildToFamily(family, baby, TODAY));
        assertEquals(List.of(fay, gus, baby), grown.children().stream().map(FamilyChild::childId).toList());
        assertEquals(TODAY, grown.children().get(2).addedOn());
        assertEquals(Set.of(ChildId.parse(fay), ChildId.parse(gus), ChildId.parse(baby)),
                Set.copyOf(access.authorisations().get(0).children()), "the family's children and the new one");

        InvalidInput twice = assertThrows(InvalidInput.class, () -> families.addChild(PRACTITIONER,
                new AddChildToFamily(family, baby, TODAY)));
        assertEquals("childId", twice.violations().get(0).field());
        InvalidInput elsewhere = assertThrows(InvalidInput.class, () -> families.form(PRACTITIONER,
                new FormFamily(List.of(child(), gus), TODAY)));
        assertEquals("childIds[1]", elsewhere.violations().get(0).field());
        assertEquals(3, admin.count("select count(*) from family_support.family_child where family_id = '"
                + family + "'"));

        assertThrows(NotFound.class, () -> families.family(PRACTITIONER, UUID.randomUUID()));
        assertThrows(AccessDenied.class, () -> families.family(STRANGER, UUID.randomUUID()),
                "refused alike whether or not the family exists");
    }

    @Test
    void refused_input_names_each_field_and_writes_nothing_not_even_an_audit_row() {
        String hal = child();
        long rows = admin.count("select count(*) from family_support.family_child");
        long audit = admin.count("select count(*) from governance.child_record_access");
        InvalidInput refused = assertThrows(InvalidInput.class, () -> families.form(PRACTITIONER,
                new FormFamily(List.of(hal, "not-a-child", hal), TODAY.plusDays(1))));
        assertEquals(List.of("childIds[1]", "childIds[2]", "formedOn"),
                refused.violations().stream().map(v -> v.field()).toList());
        assertEquals(List.of("childIds"), assertThrows(InvalidInput.class, () -> families.form(PRACTITIONER,
                new FormFamily(List.of(), TODAY))).violations().stream().map(v -> v.field()).toList());
        assertEquals(List.of("childIds"), assertThrows(InvalidInput.class, () -> families.form(PRACTITIONER,
                new FormFamily(java.util.stream.Stream.generate(FamilyServiceTest::child).limit(21).toList(), TODAY)))
                .violations().stream().map(v -> v.field()).toList());
        assertEquals("childId", assertThrows(InvalidInput.class, () -> families.addChild(PRACTITIONER,
                new AddChildToFamily(UUID.randomUUID(), "nobody", TODAY))).violations().get(0).field());
        assertTrue(access.authorisations().isEmpty(), "nothing asked of the access port");
        assertEquals(rows, admin.count("select count(*) from family_support.family_child"));
        assertEquals(audit, admin.count("select count(*) from governance.child_record_access"));
    }

    @Test
    void a_child_is_removed_as_a_child_is_added_authorised_and_audited_and_the_last_child_stays() {
        String ian = child(), jo = child(), kit = child();
        UUID family = families.form(PRACTITIONER, new FormFamily(List.of(ian, jo, kit), TODAY.minusDays(30)))
                .familyId();
        access.forget();
        FamilyView smaller = families.removeChild(PRACTITIONER, new RemoveChildFromFamily(family, jo));
        assertEquals(List.of(ian, kit), smaller.children().stream().map(FamilyChild::childId).toList());
        assertEquals(TODAY.minusDays(30), smaller.children().get(1).addedOn(), "the others keep their day");
        var removing = access.authorisations().get(0);
        assertEquals(RecordAction.UPDATE, removing.intent().action());
        assertEquals(Set.of(ChildId.parse(ian), ChildId.parse(jo), ChildId.parse(kit)),
                Set.copyOf(removing.children()), "every child of the family, the one removed too");
        assertEquals(1, audited(jo, "UPDATE", "PERMITTED"));
        assertEquals(smaller, families.family(PRACTITIONER, family));
        // the child removed may join another family, and this one may grow again without a gap in its rows
        families.form(PRACTITIONER, new FormFamily(List.of(jo), TODAY));
        String baby = child();
        assertEquals(List.of(ian, kit, baby), families.addChild(PRACTITIONER, new AddChildToFamily(family, baby, TODAY))
                .children().stream().map(FamilyChild::childId).toList());

        // a stranger is refused, audited, and nothing changes
        assertThrows(AccessDenied.class, () -> families.removeChild(STRANGER, new RemoveChildFromFamily(family, ian)));
        assertEquals(1, audited(ian, "UPDATE", "DENIED"));
        assertThrows(AccessDenied.class, () -> families.removeChild(STRANGER,
                new RemoveChildFromFamily(UUID.randomUUID(), ian)), "refused alike whether or not the family exists");
        assertThrows(NotFound.class, () -> families.removeChild(PRACTITIONER,
                new RemoveChildFromFamily(UUID.randomUUID(), ian)));
        assertEquals(3, families.family(PRACTITIONER, family).children().size());

        // a child not in the family, and bad input, are refused naming the field
        assertEquals("childId", assertThrows(InvalidInput.class, () -> families.removeChild(PRACTITIONER,
                new RemoveChildFromFamily(family, jo))).violations().get(0).field());
        access.forget();
        assertEquals("childId", assertThrows(InvalidInput.class, () -> families.removeChild(PRACTITIONER,
                new RemoveChildFromFamily(family, "not-a-child"))).violations().get(0).field());
        assertTrue(access.authorisations().isEmpty(), "bad input is refused before the access port is asked");

        // the last child: refused naming childId, the family kept, since requests and episodes name it
        families.removeChild(PRACTITIONER, new RemoveChildFromFamily(family, ian));
        families.removeChild(PRACTITIONER, new RemoveChildFromFamily(family, baby));
        InvalidInput last = assertThrows(InvalidInput.class, () -> families.removeChild(PRACTITIONER,
                new RemoveChildFromFamily(family, kit)));
        assertEquals("childId", last.violations().get(0).field());
        assertTrue(last.violations().get(0).reason().contains("only child"), last.violations().toString());
        assertEquals(List.of(kit), families.family(PRACTITIONER, family).children().stream()
                .map(FamilyChild::childId).toList());
        assertEquals(1, admin.count("select count(*) from family_support.family_child where family_id = '"
                + family + "'"));
    }
}

package org.cypf.educationskills.virtualschool.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cypf.educationskills.api.virtualschool.PepReviewDueView;
import org.cypf.educationskills.virtualschool.adapter.out.persistence.JooqVirtualSchoolRoll;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PEP queue asked by an officer whose scope holds more children than PostgreSQL takes bind values (65,535): the
 * page and its count are of exactly those children, and the per-team counts hold over all of them (ADR 0112). 70,000
 * children are in scope; every seventh is on the roll (10,000), the k-th due k days after 1 January 2025; 200 children
 * outside the scope are due earlier, so a scope not applied would put them first. Seeded set-based in SQL.
 */
class PepQueueOfAWholeAuthorityTest {
    private static final int IN_SCOPE = 70_000;
    private static final int ROWS = IN_SCOPE / 7;
    private static final int PAGE = 50;
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    /** Far enough ahead that every PEP on the roll is due by then. */
    private static final LocalDate BY = LocalDate.of(2060, 1, 1);
    private static final Caller OFFICER = new Caller("vso.large", "council", Set.of("virtual-school-officer"), null);

    private static AdminSql admin;
    private static ContextDatabase education;
    private static VirtualSchoolService service;
    private static ChildTeams teams;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("the pep queue of a whole authority");
        admin = new AdminSql(target);
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        admin.execute("insert into education_skills.virtual_school_child (registration_id, child_id, date_of_birth, "
                + "entered_care_on, pep_due_by) select md5('registration' || k)::uuid, child_id, date '2015-01-01', "
                + "date '2024-01-01', date '2025-01-01' + k from (select md5('in' || g)::uuid as child_id, g / 7 as k "
                + "from generate_series(7, " + IN_SCOPE + ", 7) g union all select md5('out' || g)::uuid, -g "
                + "from generate_series(1, 200) g) s");
        admin.execute("analyze education_skills.virtual_school_child");
        List<UUID> inScope = admin.rows("select md5('in' || g)::uuid as child_id from generate_series(1, " + IN_SCOPE
                + ") g").stream().map(r -> (UUID) r.get("child_id")).toList();
        assertTrue(inScope.size() > 65_535, "more children than bind values");
        Set<ChildId> scope = Set.copyOf(inScope.stream().map(ChildId::of).toList());
        var access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target)
                .listingOnly(caller -> ListScope.only(scope));
        service = new VirtualSchoolService(education, new JooqVirtualSchoolRoll(education),
                access.boundTo("education-skills"), WorkingDayCalendar.england(),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        // Every child in a team, those outside the scope too: the k-th on the roll in North when k is even.
        Map<UUID, String> byChild = new HashMap<>();
        admin.rows("select child_id, (g / 7) % 2 = 0 as even from (select md5('in' || g)::uuid as child_id, g "
                + "from generate_series(1, " + IN_SCOPE + ") g union all select md5('out' || g)::uuid, g * 7 "
                + "from generate_series(1, 200) g) s").forEach(r -> byChild.put((UUID) r.get("child_id"),
                (Boolean) r.get("even") ? "North" : "South"));
        teams = new ChildTeams(byChild);
    }

    @AfterAll
    static void tearDown() {
        education.close();
    }

    @Test
    void peps_due_of_more_children_than_bind_values() {
        var page = service.pepReviewsDue(OFFICER, BY, 1, PAGE);
        assertEquals(ROWS, page.total());
        List<String> soonest = admin.rows("select md5('in' || g)::uuid as child_id from generate_series(7, "
                + 7 * PAGE + ", 7) g order by g").stream().map(r -> r.get("child_id").toString()).toList();
        assertEquals(soonest, page.reviews().stream().map(PepReviewDueView::childId).toList());
        assertEquals(LocalDate.of(2025, 1, 2), page.reviews().getFirst().dueBy());
        assertEquals(PAGE, admin.count("select count(*) from governance.child_record_access where user_id = ? "
                + "and action = 'LIST'", OFFICER.userId()), "each child on the page audited");

        long[] north = new long[2];
        long[] south = new long[2];
        for (int k = 1; k <= ROWS; k++) {
            long[] team = k % 2 == 0 ? north : south;
            team[0]++;
            if (LocalDate.of(2025, 1, 1).plusDays(k).isBefore(TODAY)) {
                team[1]++;
            }
        }
        assertEquals(List.of(new TeamCount("North", north[0], north[1]), new TeamCount("South", south[0], south[1])),
                service.pepsDueByTeam(OFFICER, BY, teams));
    }
}

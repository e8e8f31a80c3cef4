package org.cypf.healthwellbeing;

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
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.healthwellbeing.api.childrenincare.InitialHealthAssessmentDue;
import org.cypf.healthwellbeing.api.send.EhcPlanDue;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Slice;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Health's work queues asked by a practitioner whose scope holds more children than PostgreSQL takes bind values
 * (65,535): each page and count are of exactly those children, and the per-team counts hold over all of them (ADR
 * 0112). 70,000 children are in scope; every seventh has a row in each queue (10,000), the k-th due k days after
 * 1 January 2025; 200 children outside the scope are due earlier, so a scope not applied would put them first.
 * Seeded set-based in SQL.
 */
class WorkQueuesOfAWholeAuthorityTest {
    private static final int IN_SCOPE = 70_000;
    private static final int ROWS = IN_SCOPE / 7;
    private static final int PAGE = 50;
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final Caller PRACTITIONER = new Caller("lac.nurse.large", "council", Set.of(), null);
    private static final String SEEDED = "(select md5('in' || g)::uuid as child_id, g / 7 as k from generate_series(7, "
            + IN_SCOPE + ", 7) g union all select md5('out' || g)::uuid, -g from generate_series(1, 200) g)";

    private static AdminSql admin;
    private static ContextDatabase health;
    private static HealthWellbeingContext context;
    private static ChildTeams teams;
    private static List<String> soonest;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("health's work queues of a whole authority");
        admin = new AdminSql(target);
        health = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "health_wellbeing", 2);
        admin.execute("insert into health_wellbeing.care_health_record (record_id, child_id, period_id, date_of_birth, "
                + "entered_care_on, iha_due_by, next_assessment_due) select md5('record' || k)::uuid, child_id, "
                + "md5('period' || k)::uuid, date '2015-01-01', date '2024-12-01' + k, date '2025-01-01' + k, "
                + "date '2025-01-01' + k from " + SEEDED + " s");
        admin.execute("insert into health_wellbeing.ehc_request (request_id, child_id, received_on, decision_due_by, "
                + "plan_due_by) select md5('request' || k)::uuid, child_id, date '2024-08-01' + k, "
                + "date '2024-09-01' + k, date '2025-01-01' + k from " + SEEDED + " s");
        admin.execute("analyze health_wellbeing.care_health_record");
        admin.execute("analyze health_wellbeing.ehc_request");
        List<UUID> inScope = admin.rows("select md5('in' || g)::uuid as child_id from generate_series(1, " + IN_SCOPE
                + ") g").stream().map(r -> (UUID) r.get("child_id")).toList();
        assertTrue(inScope.size() > 65_535, "more children than bind values");
        Set<ChildId> scope = Set.copyOf(inScope.stream().map(ChildId::of).toList());
        var access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target)
                .listingOnly(caller -> ListScope.only(scope));
        context = new HealthWellbeingContext(health, access,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        // Every child in a team, those outside the scope too: the k-th in North when k is even.
        Map<UUID, String> byChild = new HashMap<>();
        admin.rows("select child_id, (g / 7) % 2 = 0 as even from (select md5('in' || g)::uuid as child_id, g "
                + "from generate_series(1, " + IN_SCOPE + ") g union all select md5('out' || g)::uuid, g * 7 "
                + "from generate_series(1, 200) g) s").forEach(r -> byChild.put((UUID) r.get("child_id"),
                (Boolean) r.get("even") ? "North" : "South"));
        teams = new ChildTeams(byChild);
        soonest = admin.rows("select md5('in' || g)::uuid as child_id from generate_series(7, " + 7 * PAGE
                + ", 7) g order by g").stream().map(r -> r.get("child_id").toString()).toList();
    }

    @AfterAll
    static void tearDown() {
        health.close();
    }

    /** Per team, the rows in scope and those overdue today, the k-th due k days after 1 January 2025. */
    private static List<TeamCount> expectedCounts() {
        long[] north = new long[2];
        long[] south = new long[2];
        for (int k = 1; k <= ROWS; k++) {
            long[] team = k % 2 == 0 ? north : south;
            team[0]++;
            if (LocalDate.of(2025, 1, 1).plusDays(k).isBefore(TODAY)) {
                team[1]++;
            }
        }
        return List.of(new TeamCount("North", north[0], north[1]), new TeamCount("South", south[0], south[1]));
    }

    @Test
    void initial_health_assessments_due() {
        var queue = context.initialHealthAssessmentsDue();
        var page = queue.initialAssessmentsDue(PRACTITIONER, new Slice(1, PAGE));
        assertEquals(ROWS, page.total());
        assertEquals(soonest, page.items().stream().map(InitialHealthAssessmentDue::childId).toList());
        assertEquals(LocalDate.of(2025, 1, 2), page.items().getFirst().ihaDueBy());
        assertEquals(expectedCounts(), queue.countsByTeam(PRACTITIONER, teams));
    }

    @Test
    void ehc_plans_due() {
        var queue = context.ehcPlansDue();
        var page = queue.plansDue(PRACTITIONER, new Slice(1, PAGE));
        assertEquals(ROWS, page.total());
        assertEquals(soonest, page.items().stream().map(EhcPlanDue::childId).toList());
        assertEquals(LocalDate.of(2025, 1, 2), page.items().getFirst().planDueBy());
        assertEquals(expectedCounts(), queue.countsByTeam(PRACTITIONER, teams));
    }
}

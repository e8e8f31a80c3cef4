package org.cypf.healthwellbeing.childrenincare.application;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ListScope;
import org.cypf.healthwellbeing.HealthWellbeingContext;
import org.cypf.healthwellbeing.api.childrenincare.CareHealthView;
import org.cypf.healthwellbeing.api.childrenincare.InitialHealthAssessmentDue;
import org.cypf.healthwellbeing.api.childrenincare.InitialHealthAssessmentsDue;
import org.cypf.healthwellbeing.api.childrenincare.RecordHealthCheck;
import org.cypf.healthwellbeing.api.childrenincare.RegisterEntryToCare;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The initial health assessments queue on PostgreSQL: children in care with no initial health assessment recorded,
 * the earliest 20-working-day due date first, ordered, paged and counted in the query, only the children the caller
 * may list, each listed child audited. Today is 30 November 2026.
 */
class InitialHealthAssessmentsDueTest {
    private static final Caller SYSTEM = Caller.system("health-wellbeing.children-in-care");
    private static final Caller NURSE = new Caller("sn.oconnor", "nhs", Set.of(), null);
    private static final Caller NARROW = new Caller("hv.narrow", "nhs", Set.of(), null);
    private static final Caller STRANGER = new Caller("x.stranger", "rogue-agency", Set.of(), null);
    private static final ChildId SEEN_BY_NARROW = ChildId.newId();

    private static TestDatabase.Target target;
    private static ContextDatabase health;
    private static HealthWellbeingContext context;
    private static InitialHealthAssessmentsDue queue;

    @BeforeAll
    static void setUp() {
        target = TestDatabase.fresh("initial health assessments due");
        health = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "health_wellbeing", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("nhs")).withAuditAsAdministrator(target)
                .listingOnly(c -> c.userId().equals(NARROW.userId()) ? ListScope.only(List.of(SEEN_BY_NARROW))
                        : ListScope.everyChild());
        context = new HealthWellbeingContext(health, access,
                Clock.fixed(of(2026, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        queue = context.initialHealthAssessmentsDue();
    }

    @AfterAll
    static void tearDown() {
        health.close();
    }

    private static CareHealthView entered(ChildId child, LocalDate on) {
        return context.childrenInCareHealth().registerEntryToCare(SYSTEM,
                new RegisterEntryToCare(child.toString(), UUID.randomUUID(), of(2016, 3, 1), on));
    }

    @Test
    void children_without_an_initial_assessment_earliest_due_first_paged_and_counted_in_the_query() {
        CareHealthView later = entered(SEEN_BY_NARROW, of(2026, 11, 2));   // due 30 November 2026
        CareHealthView sooner = entered(ChildId.newId(), of(2026, 10, 1)); // due 29 October 2026
        CareHealthView assessed = entered(ChildId.newId(), of(2026, 9, 1));
        context.childrenInCareHealth().recordCheck(NURSE, new RecordHealthCheck(assessed.recordId(),
                "HEALTH_ASSESSMENT", of(2026, 9, 20), null, null, assessed.version()));
        CareHealthView dental = entered(ChildId.newId(), of(2026, 11, 16)); // a dental check is not the assessment
        dental = context.childrenInCareHealth().recordCheck(NURSE, new RecordHealthCheck(dental.recordId(),
                "DENTAL_CHECK", of(2026, 11, 20), null, null, dental.version()));

        var page = queue.initialAssessmentsDue(NURSE, new Slice(1, 10));
        assertEquals(List.of(sooner.recordId(), later.recordId(), dental.recordId()),
                page.items().stream().map(InitialHealthAssessmentDue::recordId).toList());
        assertEquals(3, page.total());
        InitialHealthAssessmentDue first = page.items().getFirst();
        assertEquals(sooner.ihaDueBy(), first.ihaDueBy());
        assertEquals(of(2026, 10, 29), first.ihaDueBy(), "20 working days after 1 October 2026");
        assertEquals(of(2026, 10, 1), first.enteredCareOn());
        assertEquals(dental.version(), page.items().get(2).version());

        var second = queue.initialAssessmentsDue(NURSE, new Slice(2, 1));
        assertEquals(List.of(later.recordId()), second.items().stream().map(InitialHealthAssessmentDue::recordId)
                .toList());
        assertEquals(3, second.total());

        assertEquals(List.of(later.recordId()), queue.initialAssessmentsDue(NARROW, new Slice(1, 10)).items()
                .stream().map(InitialHealthAssessmentDue::recordId).toList(), "only the children the caller may list");
        assertEquals(1, new AdminSql(target).count("""
                select count(*) from governance.child_record_access
                 where child_id = ? and action = 'LIST' and record_type = 'child-in-care-health'""",
                ChildId.parse(sooner.childId()).value()));
        assertThrows(AccessDenied.class, () -> queue.initialAssessmentsDue(STRANGER, new Slice(1, 10)));
        assertThrows(InvalidInput.class, () -> queue.initialAssessmentsDue(NURSE, new Slice(1, 1001)));
    }

    @Test
    void the_record_list_by_next_assessment_due_keeps_the_querys_order_page_by_page() {
        // assessed, so never in the initial assessments queue: reviews due 1 June and 1 March 2027
        for (LocalDate assessedOn : List.of(of(2026, 6, 1), of(2026, 3, 1))) {
            var r = entered(ChildId.newId(), assessedOn.minusDays(7));
            context.childrenInCareHealth().recordCheck(NURSE, new RecordHealthCheck(r.recordId(),
                    "HEALTH_ASSESSMENT", assessedOn, null, null, r.version()));
        }
        var all = context.childrenInCareHealth().assessmentsDue(NURSE, 1, 1000).records();
        List<LocalDate> due = all.stream().map(CareHealthView::nextAssessmentDue).toList();
        assertEquals(due.stream().sorted().toList(), due);
        assertEquals(true, all.size() >= 2);
        for (int page = 1; page <= all.size(); page++) {
            assertEquals(all.get(page - 1).recordId(),
                    context.childrenInCareHealth().assessmentsDue(NURSE, page, 1).records().getFirst().recordId());
        }
    }
}

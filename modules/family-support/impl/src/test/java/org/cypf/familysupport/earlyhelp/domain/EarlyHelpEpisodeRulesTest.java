package org.cypf.familysupport.earlyhelp.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.AbstractMap.SimpleEntry;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.InvalidInput;
import org.junit.jupiter.api.Test;

/** The Supporting Families rule and the episode's order of work, without a database (DOMAIN.md, ADR 0060). */
class EarlyHelpEpisodeRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate CLOSED = LocalDate.of(2026, 1, 31);

    private static <V> Map.Entry<String, V> e(String key, V value) {
        return new SimpleEntry<>(key, value);
    }

    /** An episode assessed under {@code headlines}, planned and closed on 31 January 2026 with {@code outcome} for each. */
    private static EarlyHelpEpisode closed(List<String> headlines, String outcome) {
        var ep = EarlyHelpEpisode.open(UUID.randomUUID(), ChildId.of(UUID.randomUUID()), UUID.randomUUID(),
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), "A. Begum", "Hub", TODAY).after();
        ep = ep.assess(LocalDate.of(2025, 9, 20), headlines.stream().map(h -> e(h, "need")).toList(), TODAY).after();
        ep = ep.agreePlan(LocalDate.of(2025, 10, 1), headlines.stream().map(h -> e(h, "goal")).toList(), TODAY).after();
        return ep.close(CLOSED, "OUTCOMES_ACHIEVED", headlines.stream().map(h -> e(h, outcome)).toList(), TODAY)
                .after();
    }

    private static Boolean successAfterCheck(EarlyHelpEpisode ep, boolean sustained) {
        return ep.checkSustained(CLOSED.plusMonths(6), ep.headlines().stream()
                .map(h -> e(h.headline().name(), sustained)).toList(), TODAY).after().successfulFamilyOutcome();
    }

    private static final List<String> THREE = List.of("GOOD_EDUCATION", "SECURE_HOUSING", "FINANCIAL_STABILITY");

    @Test
    void needs_under_three_headlines_achieved_and_sustained_six_months_on_is_a_successful_family_outcome() {
        var ep = closed(THREE, "ACHIEVED");
        assertNull(ep.successfulFamilyOutcome(), "undecided until the check");
        assertEquals(Boolean.TRUE, successAfterCheck(ep, true));
    }

    @Test
    void two_headlines_are_not_enough_however_well_they_went() {
        assertEquals(Boolean.FALSE, successAfterCheck(closed(List.of("GOOD_EDUCATION", "SECURE_HOUSING"), "ACHIEVED"), true));
    }

    @Test
    void an_outcome_only_partly_achieved_or_not_sustained_fails_the_rule() {
        assertEquals(Boolean.FALSE, successAfterCheck(closed(THREE, "PARTLY_ACHIEVED"), true));
        assertEquals(Boolean.FALSE, successAfterCheck(closed(THREE, "ACHIEVED"), false));
    }

    @Test
    void the_check_is_six_calendar_months_after_closure_not_sooner() {
        var ep = closed(THREE, "ACHIEVED");
        var early = assertThrows(InvalidInput.class, () -> ep.checkSustained(CLOSED.plusMonths(6).minusDays(1),
                THREE.stream().map(h -> e(h, true)).toList(), TODAY));
        assertEquals("checkedOn", early.violations().getFirst().field());
        var missing = assertThrows(InvalidInput.class, () -> ep.checkSustained(CLOSED.plusMonths(6),
                List.of(e("GOOD_EDUCATION", true)), TODAY));
        assertEquals("headlines", missing.violations().getFirst().field());
    }

    @Test
    void the_work_goes_in_order_and_a_closed_episode_takes_no_more() {
        var opened = EarlyHelpEpisode.open(UUID.randomUUID(), ChildId.of(UUID.randomUUID()), UUID.randomUUID(),
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), "A. Begum", "Hub", TODAY).after();
        assertThrows(Conflict.class, () -> opened.agreePlan(LocalDate.of(2025, 9, 3), List.of(e("GOOD_EDUCATION", "g")),
                TODAY), "the plan follows the assessment");
        var ep = closed(THREE, "ACHIEVED");
        assertThrows(Conflict.class, () -> ep.addTeamMember("X", "Y", "Z", CLOSED, TODAY));
        assertThrows(Conflict.class, () -> ep.stepUp(CLOSED, "EH1", LocalDate.of(2016, 1, 1), "1", "r", List.of(), TODAY));
    }

    @Test
    void a_step_up_raises_one_event_with_the_child_as_ssda903_records_them() {
        var opened = EarlyHelpEpisode.open(UUID.randomUUID(), ChildId.of(UUID.randomUUID()), UUID.randomUUID(),
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), "A. Begum", "Hub", TODAY).after();
        var changed = opened.stepUp(LocalDate.of(2025, 10, 1), "EH1", LocalDate.of(2016, 1, 1), "2", "worse",
                List.of(new EarlyHelpEpisode.FamilyMember("Sam", "mother")), TODAY);
        assertEquals(1, changed.events().size());
        var raised = (EarlyHelpEpisode.SteppedUp) changed.events().getFirst();
        assertEquals(EarlyHelpEpisode.Ssda903Sex.FEMALE, raised.sex());
        assertEquals(1, changed.after().version());
        assertThrows(Conflict.class, () -> changed.after().stepUp(LocalDate.of(2025, 10, 2), "EH1",
                LocalDate.of(2016, 1, 1), "2", "again", List.of(), TODAY));
    }
}

package org.cypf.healthwellbeing.healthychild.domain;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.InvalidInput;
import org.junit.jupiter.api.Test;

/** The mandated reviews' windows and outcomes, checked by hand against DOMAIN.md's timescales. */
class HealthyChildTest {
    private static final LocalDate BORN = of(2025, 3, 1);
    private static final LocalDate TODAY = of(2027, 12, 1);

    private static HealthyChild child() {
        return HealthyChild.register(NhsNumber.parse("9434765919"), ChildId.newId(), BORN, TODAY).after();
    }

    @Test
    void each_review_has_its_window_from_the_date_of_birth() {
        assertEquals(of(2024, 12, 7), MandatedReview.ANTENATAL.opensOn(BORN), "28 weeks of pregnancy: 12 weeks before");
        assertEquals(of(2025, 2, 28), MandatedReview.ANTENATAL.closesOn(BORN));
        assertEquals(of(2025, 3, 11), MandatedReview.NEW_BIRTH.opensOn(BORN), "10 days");
        assertEquals(of(2025, 3, 15), MandatedReview.NEW_BIRTH.closesOn(BORN), "14 days");
        assertEquals(of(2025, 4, 12), MandatedReview.SIX_TO_EIGHT_WEEKS.opensOn(BORN));
        assertEquals(of(2025, 4, 26), MandatedReview.SIX_TO_EIGHT_WEEKS.closesOn(BORN));
        assertEquals(of(2025, 12, 1), MandatedReview.ONE_YEAR.opensOn(BORN));
        assertEquals(of(2026, 3, 1), MandatedReview.ONE_YEAR.closesOn(BORN));
        assertEquals(of(2027, 3, 1), MandatedReview.TWO_AND_A_HALF_YEARS.opensOn(BORN));
        assertEquals(of(2027, 9, 1), MandatedReview.TWO_AND_A_HALF_YEARS.closesOn(BORN));
    }

    @Test
    void a_review_done_by_its_last_day_is_on_time_and_one_day_later_is_not() {
        var onTime = child().recordReview("NEW_BIRTH", "DONE", of(2025, 3, 15), TODAY).after();
        assertTrue(onTime.onTime(MandatedReview.NEW_BIRTH));
        var late = child().recordReview("NEW_BIRTH", "DONE", of(2025, 3, 16), TODAY).after();
        assertFalse(late.onTime(MandatedReview.NEW_BIRTH));
        assertNull(late.onTime(MandatedReview.ONE_YEAR));
        assertFalse(child().recordReview("NEW_BIRTH", "DECLINED", of(2025, 3, 12), TODAY).after()
                .onTime(MandatedReview.NEW_BIRTH));
    }

    @Test
    void missed_is_recorded_only_after_the_window_closes_and_done_not_before_it_opens() {
        var refused = assertThrows(InvalidInput.class,
                () -> child().recordReview("SIX_TO_EIGHT_WEEKS", "MISSED", of(2025, 4, 26), TODAY));
        assertEquals("on", refused.violations().getFirst().field());
        assertTrue(refused.violations().getFirst().reason().contains("health visiting mandated reviews"));
        var early = assertThrows(InvalidInput.class,
                () -> child().recordReview("SIX_TO_EIGHT_WEEKS", "DONE", of(2025, 4, 11), TODAY));
        assertTrue(early.violations().getFirst().reason().contains("opens on 2025-04-12"));
        assertEquals(1, child().recordReview("SIX_TO_EIGHT_WEEKS", "MISSED", of(2025, 4, 27), TODAY).after().version());
    }

    @Test
    void an_unknown_review_or_outcome_is_named_and_a_second_outcome_conflicts() {
        var refused = assertThrows(InvalidInput.class, () -> child().recordReview("SIX_MONTHS", "LATE", null, TODAY));
        assertEquals(3, refused.violations().size());
        var done = child().recordReview("NEW_BIRTH", "DONE", of(2025, 3, 12), TODAY).after();
        assertThrows(Conflict.class, () -> done.recordReview("NEW_BIRTH", "DECLINED", of(2025, 3, 13), TODAY));
    }

    @Test
    void a_school_nursing_contact_needs_a_high_impact_area_and_a_school_urn_of_six_digits() {
        var refused = assertThrows(InvalidInput.class, () -> child().recordContact(of(2027, 1, 5), "12345", 7, TODAY));
        assertEquals(2, refused.violations().size());
        var contacted = child().recordContact(of(2027, 1, 5), "123456", 1, TODAY).after();
        assertEquals(1, contacted.contacts().size());
    }
}

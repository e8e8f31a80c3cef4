package org.cypf.healthwellbeing.childrenincare.domain;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The statutory timescales of a child in care's health, on dates checked by hand against England's calendar. */
class CareHealthRecordTest {
    private static final LocalDate TODAY = of(2026, 11, 30);

    private static CareHealthRecord entered(LocalDate born, LocalDate on) {
        return CareHealthRecord.open(UUID.randomUUID(), ChildId.newId(), UUID.randomUUID(), born, on,
                WorkingDayCalendar.england()).after();
    }

    @Test
    void the_initial_health_assessment_is_due_twenty_working_days_after_entering_care_skipping_bank_holidays() {
        // Thu 10 April 2025: Good Friday 18/4, Easter Monday 21/4 and the early May holiday 5/5 are skipped.
        CareHealthRecord record = entered(of(2014, 2, 3), of(2025, 4, 10));
        assertEquals(of(2025, 5, 13), record.ihaDueBy());
        assertEquals(of(2025, 5, 13), record.nextAssessmentDue(), "until the IHA is done, it is what is due next");
        assertEquals(0, record.version());
    }

    @Test
    void an_assessment_on_the_due_date_is_on_time_and_one_a_day_later_is_not() {
        CareHealthRecord record = entered(of(2014, 2, 3), of(2025, 4, 10));
        var onTime = record.record("HEALTH_ASSESSMENT", of(2025, 5, 13), null, null, TODAY).after();
        assertEquals(of(2025, 5, 13), onTime.initialAssessmentOn().orElseThrow());
        assertTrue(onTime.initialAssessmentOnTime().orElseThrow());
        assertEquals(1, onTime.version());

        var late = record.record("HEALTH_ASSESSMENT", of(2025, 5, 14), null, null, TODAY).after();
        assertFalse(late.initialAssessmentOnTime().orElseThrow());
    }

    @Test
    void reviews_fall_due_six_monthly_under_five_and_yearly_from_five() {
        // Born 1 June 2021: 3 on 1 June 2025 (under 5), 5 on 1 June 2026.
        CareHealthRecord young = entered(of(2021, 6, 1), of(2025, 3, 3))
                .record("HEALTH_ASSESSMENT", of(2025, 3, 20), null, null, TODAY).after();
        assertEquals(of(2025, 9, 20), young.nextAssessmentDue());

        var reviewedAtFive = young.record("HEALTH_ASSESSMENT", of(2026, 6, 1), null, null, TODAY).after();
        assertEquals(of(2027, 6, 1), reviewedAtFive.nextAssessmentDue(), "5 on the day of the review: yearly");
        assertEquals(of(2025, 3, 20), reviewedAtFive.initialAssessmentOn().orElseThrow(), "the first stays the IHA");

        var reviewedTheDayBefore = young.record("HEALTH_ASSESSMENT", of(2026, 5, 31), null, null, TODAY).after();
        assertEquals(of(2026, 11, 30), reviewedTheDayBefore.nextAssessmentDue(), "still 4 that day: six months");
    }

    @Test
    void every_broken_field_of_a_check_is_reported_at_once_and_nothing_changes() {
        CareHealthRecord record = entered(of(2014, 2, 3), of(2025, 4, 10));
        var refused = assertThrows(InvalidInput.class,
                () -> record.record("SDQ", of(2027, 1, 1), 41, true, TODAY));
        assertEquals(List.of("checkedOn", "sdqScore", "upToDate"),
                refused.violations().stream().map(FieldViolation::field).toList());
        assertTrue(record.checks().isEmpty());

        var unknown = assertThrows(InvalidInput.class, () -> record.record("EYE_TEST", of(2025, 6, 1), null, null, TODAY));
        assertEquals("kind", unknown.violations().getFirst().field());
        var noStatus = assertThrows(InvalidInput.class, () -> record.record("IMMUNISATIONS", of(2025, 6, 1), null, null, TODAY));
        assertEquals("upToDate", noStatus.violations().getFirst().field());
        var beforeCare = assertThrows(InvalidInput.class,
                () -> record.record("HEALTH_ASSESSMENT", of(2025, 4, 9), null, null, TODAY));
        assertEquals("checkedOn", beforeCare.violations().getFirst().field());
    }

    @Test
    void the_year_counts_only_checks_in_the_twelve_months_to_its_end_and_the_latest_status_and_score() {
        CareHealthRecord record = entered(of(2014, 2, 3), of(2024, 1, 8));
        record = record.record("DENTAL_CHECK", of(2024, 3, 31), null, null, TODAY).after();   // last day of 2023-24
        record = record.record("HEALTH_ASSESSMENT", of(2024, 2, 1), null, null, TODAY).after();
        record = record.record("HEALTH_ASSESSMENT", of(2025, 1, 20), null, null, TODAY).after();
        record = record.record("IMMUNISATIONS", of(2024, 6, 1), null, true, TODAY).after();
        record = record.record("IMMUNISATIONS", of(2025, 2, 1), null, false, TODAY).after();
        record = record.record("SDQ", of(2024, 5, 1), 14, null, TODAY).after();
        record = record.record("SDQ", of(2025, 3, 31), 11, null, TODAY).after();

        var year = record.year(of(2025, 3, 31));
        assertTrue(year.healthAssessment());
        assertFalse(year.teethCheck(), "31 March 2024 belongs to the year before");
        assertFalse(year.immunisationsUpToDate(), "the latest status in the year was not up to date");
        assertEquals(11, year.sdqScore());

        var before = record.year(of(2024, 3, 31));
        assertTrue(before.teethCheck());
        assertFalse(before.immunisationsUpToDate(), "no status recorded in that year");
        assertNull(before.sdqScore());
    }
}

package org.cypf.healthwellbeing.send.domain;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.junit.jupiter.api.Test;

/** The SEND Regulations' timescales and SEN2's codes, on dates checked by hand. */
class EhcRequestTest {
    private static final LocalDate TODAY = of(2026, 11, 30);

    private static EhcRequest assessing(LocalDate received) {
        return EhcRequest.receive(UUID.randomUUID(), ChildId.newId(), null, received, TODAY).after()
                .decide(received.plusWeeks(5), "ASSESS", TODAY).after();
    }

    @Test
    void the_decision_is_due_six_weeks_and_the_plan_twenty_weeks_after_the_request() {
        EhcRequest request = EhcRequest.receive(UUID.randomUUID(), ChildId.newId(), null, of(2025, 1, 6), TODAY).after();
        assertEquals(of(2025, 2, 17), request.decisionDueBy());
        assertEquals(of(2025, 5, 26), request.planDueBy());
    }

    @Test
    void advice_is_due_six_weeks_after_asking_and_the_asking_is_an_event() {
        var asked = assessing(of(2025, 1, 6)).requestAdvice("social-care", of(2025, 2, 12), TODAY);
        assertEquals(of(2025, 3, 26), asked.after().advice().getFirst().dueBy());
        var event = assertInstanceOf(EhcRequest.AdviceRequested.class, asked.events().getFirst());
        assertEquals("social-care", event.advice().adviser());
        assertThrows(Conflict.class, () -> asked.after().requestAdvice("social-care", of(2025, 2, 13), TODAY));
        var refused = assertThrows(InvalidInput.class,
                () -> asked.after().requestAdvice("police", of(2025, 2, 13), TODAY));
        assertEquals("adviser", refused.violations().getFirst().field());
    }

    @Test
    void a_plan_on_its_due_date_is_within_twenty_weeks_and_needs_no_exception() {
        var plan = assessing(of(2025, 1, 6)).issuePlan(of(2025, 4, 28), of(2025, 5, 26), List.of("ASD", "SLCN"),
                "123456", null, TODAY).after();
        assertTrue(plan.planWithinTwentyWeeks());
        assertEquals(of(2026, 5, 26), plan.nextReviewDue());
    }

    @Test
    void a_late_plan_is_late_with_or_without_its_exception_and_an_on_time_one_may_not_give_one() {
        EhcRequest request = assessing(of(2025, 1, 6));
        var lateWithout = request.issuePlan(of(2025, 5, 1), of(2025, 5, 27), List.of("SEMH"), "123456", null, TODAY)
                .after();
        assertFalse(lateWithout.planWithinTwentyWeeks());
        var issued = request.issuePlan(of(2025, 5, 1), of(2025, 5, 27), List.of("SEMH"), "123456",
                "the child's parent asked for the assessment to pause", TODAY).after();
        assertFalse(issued.planWithinTwentyWeeks());
        assertEquals("the child's parent asked for the assessment to pause", issued.exception());
        var early = assertThrows(InvalidInput.class, () -> request.issuePlan(of(2025, 5, 1), of(2025, 5, 26),
                List.of("SEMH"), "123456", "no reason", TODAY));
        assertEquals(List.of("exception"), early.violations().stream().map(FieldViolation::field).toList());
    }

    @Test
    void need_types_are_sen2_codes_valid_on_the_day_and_the_setting_a_urn_or_ukprn() {
        EhcRequest request = assessing(of(2024, 6, 3));
        var refused = assertThrows(InvalidInput.class, () -> request.issuePlan(of(2024, 9, 2), of(2024, 10, 14),
                List.of("DS", "AUTISM"), "12-34", null, TODAY));
        assertEquals(List.of("needTypes[0]", "needTypes[1]", "namedSetting"),
                refused.violations().stream().map(FieldViolation::field).toList(), "DS counts from 2025 only");
        assertEquals(List.of("DS"), assessing(of(2025, 6, 2)).issuePlan(of(2025, 9, 1), of(2025, 10, 13),
                List.of("DS"), "10012345", null, TODAY).after().needTypes());
    }

    @Test
    void no_advice_or_plan_before_a_decision_to_assess_and_a_plan_ceases_for_a_sen2_reason() {
        EhcRequest received = EhcRequest.receive(UUID.randomUUID(), ChildId.newId(), null, of(2025, 1, 6), TODAY).after();
        assertThrows(Conflict.class, () -> received.requestAdvice("education-skills", of(2025, 1, 7), TODAY));
        EhcRequest declined = received.decide(of(2025, 2, 10), "NOT_TO_ASSESS", TODAY).after();
        assertThrows(Conflict.class, () -> declined.requestAdvice("education-skills", of(2025, 2, 11), TODAY));

        var plan = assessing(of(2025, 1, 6)).issuePlan(of(2025, 4, 1), of(2025, 5, 1), List.of("MLD"), "123456",
                null, TODAY).after();
        var reviewed = plan.review(of(2026, 4, 20), TODAY).after();
        assertEquals(of(2027, 4, 20), reviewed.nextReviewDue());
        var badReason = assertThrows(InvalidInput.class, () -> reviewed.cease(of(2026, 7, 1), 10, TODAY));
        assertEquals("reason", badReason.violations().getFirst().field());
        var ceased = reviewed.cease(of(2026, 7, 1), 5, TODAY).after();
        assertEquals(5, ceased.ceaseReason());
        assertEquals(null, ceased.nextReviewDue());
        assertThrows(Conflict.class, () -> ceased.review(of(2026, 8, 1), TODAY));
    }
}

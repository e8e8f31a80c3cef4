package org.cypf.socialcare.frontdoor.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.Casework.at;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.kernel.problem.NotFound;
import org.cypf.socialcare.Casework;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.frontdoor.ContactBreachView;
import org.cypf.socialcare.api.frontdoor.ContactView;
import org.cypf.socialcare.api.frontdoor.DecideContact;
import org.cypf.socialcare.api.frontdoor.FrontDoor;
import org.cypf.socialcare.api.measure.ChildrenInNeedMeasure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Contacts decided within one working day, on a hand-checked data set (times in England). As at 31 March 2025 the
 * year is 1 April 2024 to 31 March 2025:
 * <pre>
 * C1 Mon 03/03/25 10:00, due Tue 04/03, decided 04/03 09:00   counted, in time
 * C2 Fri 07/03/25 16:00, due Mon 10/03, decided 10/03 11:00   counted, in time (weekend skipped)
 * C3 Wed 12/03/25 10:00, due Thu 13/03, decided Fri 14/03     counted, late
 * C4 Thu 27/03/25 10:00, due Fri 28/03, undecided             counted, late (due before the end of the 31st)
 * C5 Mon 31/03/25 09:00, due Tue 01/04, undecided             left out: not yet due
 * C6 Mon 31/03/25 08:00, due Tue 01/04, decided 31/03 11:00   counted, in time
 * C7 Thu 28/03/24 10:00, decided the same day                 left out: received before the year
 * C8 Fri 28/03/25 10:00, due Mon 31/03, decided Tue 01/04     counted, late (undecided at the end of the 31st)
 * C9 Fri 03/05/24 10:00, due Tue 07/05 (bank holiday Monday 6 May), decided 07/05 counted, in time
 * </pre>
 * 31 March 2025: 7 counted (C1, C2, C3, C4, C6, C8, C9), 4 in time (C1, C2, C6, C9): 4 / 7 = 57.142..% -> 57.1.
 * 1 April 2025 (year from 2 April 2024): C5 now due and undecided, C8 decided late: 8 counted, 4 in time -> 50.0.
 */
class FrontDoorMeasuresTest {
    private static final String KEY = ChildrenInNeedMeasure.CONTACTS_DECIDED_WITHIN_ONE_WORKING_DAY.key();
    private static final LocalDate DATE = of(2025, 3, 31);
    private static SocialCareFixture f;
    private static MeasureSource measures;
    private static FrontDoor frontDoor;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("front door measures", 20_000);
        frontDoor = f.context.frontDoor();
        measures = f.context.measureSources().stream().filter(s -> s.measureKeys().contains(KEY)).findFirst().orElseThrow();
        contact("C1", "2025-03-03T10:00", "2025-03-04T09:00");
        contact("C2", "2025-03-07T16:00", "2025-03-10T11:00");
        contact("C3", "2025-03-12T10:00", "2025-03-14T10:00");
        contact("C4", "2025-03-27T10:00", null);
        contact("C5", "2025-03-31T09:00", null);
        contact("C6", "2025-03-31T08:00", "2025-03-31T11:00");
        contact("C7", "2024-03-28T10:00", "2024-03-28T15:00");
        contact("C8", "2025-03-28T10:00", "2025-04-01T10:00");
        contact("C9", "2024-05-03T10:00", "2024-05-07T10:00");
    }

    private static void contact(String child, String received, String decided) {
        ContactView c = frontDoor.recordContact(SOCIAL_WORKER, Casework.contact(child, received));
        if (decided != null) {
            frontDoor.decide(SOCIAL_WORKER, new DecideContact(c.contactId(), "INFORMATION_AND_ADVICE", at(decided), null, 0));
        }
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void four_of_seven_contacts_were_decided_within_one_working_day() {
        MeasureValue value = measures.compute(KEY, DATE);
        assertEquals(new BigDecimal("57.1"), value.value());
        assertEquals(4L, value.numerator());
        assertEquals(7L, value.denominator());
        assertEquals("social-care", value.provenance().context());
        assertTrue(value.provenance().definition().contains("working day after the day of receipt"));
        assertEquals(SocialCareFixture.CLOCK.instant(), value.provenance().computedAt());
    }

    @Test
    void a_day_later_the_contact_due_that_day_counts_against() {
        MeasureValue value = measures.compute(KEY, of(2025, 4, 1));
        assertEquals(new BigDecimal("50.0"), value.value());
        assertEquals(4L, value.numerator());
        assertEquals(8L, value.denominator());
    }

    @Test
    void a_year_with_no_contacts_is_0_of_0() {
        MeasureValue value = measures.compute(KEY, of(2020, 3, 31));
        assertEquals(new BigDecimal("0.0"), value.value());
        assertEquals(0L, value.denominator());
    }

    @Test
    void the_breach_list_names_the_late_the_overdue_and_the_due_today() {
        // At the end of 31 March: C3 decided a working day late; C4 undecided since Friday (1 working day over);
        // C8 due that day and undecided. C5 is not yet due; the others were decided in time or before the year.
        Map<String, ContactBreachView> breaches = frontDoor.breaches(SOCIAL_WORKER, DATE).stream()
                .collect(Collectors.toMap(ContactBreachView::localChildId, b -> b));
        assertEquals(List.of("C3", "C4", "C8"), breaches.keySet().stream().sorted().toList());
        assertEquals("DECIDED_LATE", breaches.get("C3").status());
        assertEquals(1, breaches.get("C3").workingDaysLate());
        assertEquals("UNDECIDED_PAST_DUE", breaches.get("C4").status());
        assertEquals(1, breaches.get("C4").workingDaysLate());
        assertEquals("UNDECIDED_DUE_TODAY", breaches.get("C8").status());
        assertEquals(0, breaches.get("C8").workingDaysLate());
    }

    @Test
    void computing_audits_nothing_but_listing_breaches_audits_each_child() {
        long audit = f.auditRows();
        measures.compute(KEY, DATE);
        assertEquals(audit, f.auditRows());
        String lists = "select count(*) from governance.child_record_access where action = 'LIST' and record_type = 'contact'";
        long listed = f.count(lists);
        frontDoor.breaches(SOCIAL_WORKER, DATE);
        assertEquals(audit + 3, f.auditRows());
        assertEquals(listed + 3, f.count(lists));
    }

    @Test
    void an_unknown_key_is_not_found() {
        assertThrows(NotFound.class, () -> measures.compute("social-care.something-else", DATE));
    }
}

package org.cypf.socialcare.careleavers.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.cypf.socialcare.SocialCareFixture.json;
import static org.cypf.socialcare.SocialCareFixture.startCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.careleavers.CareLeaverView;
import org.cypf.socialcare.api.careleavers.CareLeavers;
import org.cypf.socialcare.api.careleavers.RecordBirthdayContact;
import org.cypf.socialcare.api.careleavers.RecordPathway;
import org.cypf.socialcare.api.lookedafter.EndPeriodOfCare;
import org.cypf.socialcare.api.lookedafter.PeriodOfCareView;
import org.cypf.socialcare.careleavers.domain.LeavingCareEligibility.Category;
import org.cypf.socialcare.careleavers.domain.LeavingCareEligibility;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Leaving-care eligibility, pathway plans and advisers, OC3 at each birthday, and the 18th birthday event. */
class CareLeaversTest {
    private static SocialCareFixture f;
    private static CareLeavers careLeavers;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("care leavers", 20_000);
        careLeavers = f.context.careLeavers();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static PeriodOfCareView lookedAfter(String ref, LocalDate born, LocalDate from, LocalDate to, String rec) {
        var lookedAfter = f.context.childrenLookedAfter();
        PeriodOfCareView p = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand(ref, born, from));
        return to == null ? p : lookedAfter.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(p.periodId(), to, rec, 0));
    }

    private static PeriodOfCare period(LocalDate from, LocalDate to) {
        return PeriodOfCare.rebuild(UUID.randomUUID(), ChildId.newId(), List.of(new Episode(UUID.randomUUID(), from, "S",
                "C2", "N1", "U6", "PR1", null, null, null, to, to == null ? null : "E4A")), 0);
    }

    @Test
    void eligibility_needs_13_weeks_looked_after_since_14_some_of_it_after_16() {
        LocalDate born = of(2008, 1, 10); // 14 on 10 January 2022, 16 on 10 January 2024, 18 on 10 January 2026
        // 91 days from 1 December 2023 (to 1 March 2024, the day it ended not counted): qualifies, and went on past 16.
        var qualifying = List.of(period(of(2023, 12, 1), of(2024, 3, 1)));
        assertEquals(91, LeavingCareEligibility.assess(born, qualifying, of(2025, 6, 30)).daysLookedAfterSince14());
        assertEquals(Category.RELEVANT, LeavingCareEligibility.assess(born, qualifying, of(2025, 6, 30)).category());
        assertEquals(Category.FORMER_RELEVANT, LeavingCareEligibility.assess(born, qualifying, of(2026, 1, 10)).category());
        assertEquals(Category.NOT_ELIGIBLE, LeavingCareEligibility.assess(born, List.of(period(of(2023, 12, 1),
                of(2024, 2, 29))), of(2025, 6, 30)).category(), "90 days");
        assertEquals(Category.NOT_ELIGIBLE, LeavingCareEligibility.assess(born, List.of(period(of(2022, 1, 1),
                of(2023, 1, 1))), of(2025, 6, 30)).category(), "a year in care, but all of it before 16");
        assertEquals(Category.ELIGIBLE, LeavingCareEligibility.assess(born, List.of(period(of(2023, 12, 1), null)),
                of(2025, 6, 30)).category(), "still looked after at 17");
    }

    @Test
    void a_pathway_plan_and_adviser_for_a_care_leaver_and_oc3_around_each_birthday() {
        PeriodOfCareView p = lookedAfter("CL1", of(2007, 5, 1), of(2021, 9, 1), of(2025, 5, 1), "E17");
        CareLeaverView before = careLeavers.careLeaver(SOCIAL_WORKER, p.childId());
        assertEquals("FORMER_RELEVANT", before.eligibility());
        assertEquals(0, before.version());

        CareLeaverView planned = careLeavers.recordPathway(SOCIAL_WORKER, new RecordPathway(p.childId(), of(2024, 11, 1),
                "Sam Adviser", of(2024, 11, 1), 0));
        assertEquals(of(2025, 5, 1), planned.pathwayPlanReviewDue());
        assertEquals(1, planned.version());
        assertThrows(StaleVersion.class, () -> careLeavers.recordPathway(SOCIAL_WORKER,
                new RecordPathway(p.childId(), of(2025, 5, 1), "Sam Adviser", of(2024, 11, 1), 0)));
        assertEquals(List.of("pathwayPlanDate"), fields(() -> careLeavers.recordPathway(SOCIAL_WORKER,
                new RecordPathway(p.childId(), of(2023, 4, 30), "Sam Adviser", of(2024, 11, 1), 1))));

        CareLeaverView at17 = careLeavers.recordBirthday(SOCIAL_WORKER, new RecordBirthdayContact(p.childId(), 17, "YES",
                "F2", "C1", 1));
        CareLeaverView at18 = careLeavers.recordBirthday(SOCIAL_WORKER, new RecordBirthdayContact(p.childId(), 18, "YES",
                "G5", "V2", at17.version()));
        assertEquals(List.of(17, 18), at18.birthdays().stream().map(CareLeaverView.Birthday::age).toList());
        assertTrue(at18.birthdays().getFirst().inEducationEmploymentOrTraining());
        assertFalse(at18.birthdays().getLast().inSuitableAccommodation());
        assertEquals(of(2025, 5, 1), at18.birthdays().getLast().birthday());

        assertEquals(List.of("activity", "accommodation"), fields(() -> careLeavers.recordBirthday(SOCIAL_WORKER,
                new RecordBirthdayContact(p.childId(), 18, "YES", null, null, at18.version()))));
        assertEquals(List.of("age"), fields(() -> careLeavers.recordBirthday(SOCIAL_WORKER,
                new RecordBirthdayContact(p.childId(), 19, "YES", "F1", "U1", at18.version()))), "more than 3 months ahead");
        assertEquals(List.of("age"), fields(() -> careLeavers.recordBirthday(SOCIAL_WORKER,
                new RecordBirthdayContact(p.childId(), 16, "YES", "F1", "U1", at18.version()))));
        assertEquals(List.of("accommodation"), fields(() -> careLeavers.recordBirthday(SOCIAL_WORKER,
                new RecordBirthdayContact(p.childId(), 18, "DIED", null, "U1", at18.version()))));
        CareLeaverView corrected = careLeavers.recordBirthday(SOCIAL_WORKER, new RecordBirthdayContact(p.childId(), 18,
                "YES", "P5", "V1", at18.version()));
        assertEquals("P5", corrected.birthdays().getLast().activity(), "a birthday's record is replaced");
        assertEquals(2, corrected.birthdays().size());
    }

    @Test
    void a_young_person_never_looked_after_long_enough_gets_no_pathway_plan() {
        PeriodOfCareView p = lookedAfter("CL2", of(2007, 5, 1), of(2023, 6, 1), of(2023, 7, 1), "E4A");
        assertEquals("NOT_ELIGIBLE", careLeavers.careLeaver(SOCIAL_WORKER, p.childId()).eligibility());
        assertThrows(Conflict.class, () -> careLeavers.recordPathway(SOCIAL_WORKER,
                new RecordPathway(p.childId(), of(2024, 11, 1), "Sam Adviser", of(2024, 11, 1), 0)));
        assertThrows(Conflict.class, () -> careLeavers.recordBirthday(SOCIAL_WORKER,
                new RecordBirthdayContact(p.childId(), 18, "YES", "F1", "U1", 0)));
    }

    @Test
    void turning_18_while_looked_after_is_published_once() {
        // In the year to 30 June 2025 (1 July 2024 to 30 June 2025):
        PeriodOfCareView may = lookedAfter("T1", of(2007, 5, 20), of(2022, 1, 10), of(2025, 5, 20), "E17"); // yes
        PeriodOfCareView feb = lookedAfter("T2", of(2007, 2, 1), of(2023, 1, 10), null, null);               // yes, still in care
        lookedAfter("T3", of(2006, 6, 1), of(2022, 1, 10), null, null);                // 18 on 1 June 2024: a year too early
        lookedAfter("T4", of(2007, 3, 1), of(2022, 1, 10), of(2024, 12, 1), "E4A");    // left care before 18
        lookedAfter("T5", of(2007, 8, 1), of(2022, 1, 10), null, null);                // 18 on 1 August 2025: not yet
        Caller scheduler = Caller.system("care-leaver-scheduler");

        var first = careLeavers.recordEighteenthBirthdays(scheduler, of(2025, 6, 30));
        assertEquals(Set.of(may.childId(), feb.childId()), Set.copyOf(first.published()));
        List<Record> events = f.rows("select * from platform.outbox where event_name = 'social-care.care-leaver-turned-18'");
        assertEquals(2, events.size());
        JsonNode payload = json(events.stream().filter(r -> r.get("aggregate_id").equals(may.childId())).findFirst()
                .orElseThrow().get("payload", String.class));
        assertEquals("2025-05-20", payload.get("eighteenthBirthday").asText());
        assertEquals(may.periodId().toString(), payload.get("periodId").asText());

        long audit = f.auditRows();
        assertEquals(List.of(), careLeavers.recordEighteenthBirthdays(scheduler, of(2025, 6, 30)).published(), "idempotent");
        assertEquals(List.of(), careLeavers.recordEighteenthBirthdays(scheduler, of(2025, 6, 29)).published());
        assertEquals(2, f.count("select count(*) from platform.outbox where event_name = 'social-care.care-leaver-turned-18'"));
        assertEquals(audit, f.auditRows(), "nothing disclosed, nothing audited");
    }

    private static List<String> fields(Runnable action) {
        return assertThrows(InvalidInput.class, action::run).violations().stream().map(FieldViolation::field).toList();
    }
}

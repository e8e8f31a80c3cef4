package org.cypf.socialcare.permanence.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.SocialCareFixture.OUTSIDER;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.cypf.socialcare.SocialCareFixture.startCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.lookedafter.ChangeEpisode;
import org.cypf.socialcare.api.lookedafter.EndPeriodOfCare;
import org.cypf.socialcare.api.lookedafter.PeriodOfCareView;
import org.cypf.socialcare.api.lookedafter.Placement;
import org.cypf.socialcare.api.permanence.DecidePermanencePlan;
import org.cypf.socialcare.api.permanence.PermanencePlanning;
import org.cypf.socialcare.api.permanence.PermanenceView;
import org.cypf.socialcare.api.permanence.RecordAdoption;
import org.cypf.socialcare.api.permanence.RecordPreviousPermanence;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.permanence.domain.Permanence;
import org.cypf.socialcare.permanence.domain.PermanenceJourney;
import org.cypf.socialcare.shared.domain.Ssda903Codes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Plans for permanence, the adoption steps, previous permanence and the days to a permanent home. */
class PermanenceTest {
    private static final LocalDate TODAY = of(2025, 6, 30);
    private static final LocalDate BORN = of(2021, 8, 9);
    private static SocialCareFixture f;
    private static PermanencePlanning permanence;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("permanence", 20_000);
        permanence = f.context.permanence();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static Episode ep(LocalDate start, String rne, String ls, String place, LocalDate end, String rec) {
        return new Episode(UUID.randomUUID(), start, rne, ls, "N1", place, "PR1", null, null, null, end, rec);
    }

    private static List<String> fields(Runnable action) {
        return assertThrows(InvalidInput.class, action::run).violations().stream().map(FieldViolation::field).toList();
    }

    @Nested
    class Journey {
        @Test
        void adoption_counts_from_entering_care_to_the_placement_for_adoption() {
            // 1 March 2023 to 1 October 2024: 580 days (306 to 1 January 2024, then 274 in the leap year to 1 October).
            PeriodOfCare p = PeriodOfCare.rebuild(UUID.randomUUID(), ChildId.newId(), List.of(
                    ep(of(2023, 3, 1), "S", "C2", "U6", of(2024, 2, 1), "X1"),
                    ep(of(2024, 2, 1), "L", "E1", "U6", of(2024, 10, 1), "X1"),
                    ep(of(2024, 10, 1), "P", "E1", "A6", of(2025, 4, 15), "E11")), 0);
            PermanenceJourney j = PermanenceJourney.of(p);
            assertEquals(of(2023, 3, 1), j.enteredCare());
            assertEquals(of(2024, 2, 1), j.placementOrder());
            assertEquals(of(2024, 10, 1), j.placedForAdoption());
            assertEquals(of(2025, 4, 15), j.adopted());
            assertEquals(PermanenceJourney.PermanentHome.ADOPTION, j.permanentHome());
            assertEquals(of(2024, 10, 1), j.permanentHomeFrom());
            assertEquals(580L, j.daysToPermanentHome());
        }

        @Test
        void special_guardianship_child_arrangements_and_return_home_count_to_the_end_of_care() {
            for (String rec : List.of("E45", "E41", "E4A", "E4B")) {
                PeriodOfCare p = PeriodOfCare.rebuild(UUID.randomUUID(), ChildId.newId(),
                        List.of(ep(of(2024, 1, 1), "S", "C2", "U1", of(2024, 3, 1), rec)), 0);
                assertEquals(60L, PermanenceJourney.of(p).daysToPermanentHome(), rec);
            }
            PeriodOfCare other = PeriodOfCare.rebuild(UUID.randomUUID(), ChildId.newId(),
                    List.of(ep(of(2024, 1, 1), "S", "C2", "U1", of(2024, 3, 1), "E8")), 0);
            assertNull(PermanenceJourney.of(other).permanentHome());
            PeriodOfCare unknownStart = PeriodOfCare.rebuild(UUID.randomUUID(), ChildId.newId(),
                    List.of(ep(of(2024, 1, 1), "P", "C2", "U1", of(2024, 3, 1), "E41")), 0);
            assertNull(PermanenceJourney.of(unknownStart).daysToPermanentHome(), "began before the records held");
        }
    }

    @Nested
    class Rules {
        private final PeriodOfCare period = PeriodOfCare.rebuild(UUID.randomUUID(), ChildId.newId(),
                List.of(ep(of(2024, 1, 1), "S", "C2", "U6", null, null)), 0);
        private final Permanence none = Permanence.none(period);
        private final Ssda903Codes codes = Ssda903Codes.standard();

        private Permanence.Adoption adoption(LocalDate decision, LocalDate matched, Integer number, String sex,
                                             LocalDate ceased, String reason) {
            return new Permanence.Adoption(decision, matched, number == null ? null : false, number, sex,
                    number == null ? null : "L11", ceased, reason);
        }

        @Test
        void the_adoption_steps_follow_one_another() {
            assertEquals(List.of("decisionDate"), fields(() -> none.changeAdoption(period,
                    adoption(of(2023, 12, 31), null, null, null, null, null), TODAY, codes)));
            assertEquals(List.of("matchedDate"), fields(() -> none.changeAdoption(period,
                    adoption(of(2024, 3, 1), of(2024, 2, 1), null, null, null, null), TODAY, codes)));
            assertEquals(List.of("matchedDate"), fields(() -> none.changeAdoption(period,
                    adoption(null, of(2024, 2, 1), null, null, null, null), TODAY, codes)));
            assertEquals(List.of("sexOfAdopters"), fields(() -> none.changeAdoption(period,
                    adoption(of(2024, 3, 1), of(2024, 6, 1), 2, "F1", null, null), TODAY, codes)));
            assertEquals(List.of("decisionCeasedReason"), fields(() -> none.changeAdoption(period,
                    adoption(of(2024, 3, 1), null, null, null, of(2024, 8, 1), "RD9"), TODAY, codes)));
            assertEquals(of(2024, 6, 1), none.changeAdoption(period,
                    adoption(of(2024, 3, 1), of(2024, 6, 1), 2, "MF", null, null), TODAY, codes).after().adoption().matchedDate());
        }

        @Test
        void a_plan_is_one_of_the_options_and_decisions_go_forward_in_time() {
            assertEquals(List.of("plan"), fields(() -> none.decidePlan(period, of(2024, 2, 1), "FOREVER_HOME", TODAY)));
            Permanence planned = none.decidePlan(period, of(2024, 2, 1), "REUNIFICATION", TODAY).after()
                    .decidePlan(period, of(2024, 6, 1), "ADOPTION", TODAY).after();
            assertEquals("ADOPTION", planned.currentPlan().name());
            assertEquals(2, planned.version(), "each decision moves the record to its next version");
            assertEquals(List.of("decidedOn"), fields(() -> planned.decidePlan(period, of(2024, 5, 1), "REUNIFICATION", TODAY)));
            assertThrows(Conflict.class, () -> planned.decidePlan(period, of(2024, 6, 1), "LONG_TERM_FOSTERING", TODAY));
        }

        @Test
        void previous_permanence_Z1_takes_no_date_and_P1_to_P3_are_orders_made_after_birth() {
            assertEquals(List.of("date"), fields(() -> none.changePreviousPermanence(
                    new Permanence.PreviousPermanence("Z1", null, of(2020, 1, 1)), BORN, TODAY, codes)));
            assertEquals(List.of("date"), fields(() -> none.changePreviousPermanence(
                    new Permanence.PreviousPermanence("P2", "860", of(2020, 1, 1)), BORN, TODAY, codes)));
            assertEquals("P2", none.changePreviousPermanence(new Permanence.PreviousPermanence("P2", "860",
                    of(2022, 1, 1)), BORN, TODAY, codes).after().previous().code());
        }
    }

    @Test
    void the_use_cases_store_each_step_with_optimistic_locking_and_read_the_journey_from_the_episodes() {
        var lookedAfter = f.context.childrenLookedAfter();
        PeriodOfCareView started = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("PM1", BORN, of(2023, 3, 1)));
        UUID periodId = started.periodId();
        PermanenceView none = permanence.permanence(SOCIAL_WORKER, periodId);
        assertEquals(0, none.version());
        assertNull(none.currentPlan());

        var planned = permanence.decidePlan(SOCIAL_WORKER, new DecidePermanencePlan(periodId, of(2023, 5, 1), "ADOPTION", 0));
        assertEquals("ADOPTION", planned.currentPlan());
        assertEquals(1, planned.version());
        assertThrows(StaleVersion.class, () -> permanence.decidePlan(SOCIAL_WORKER,
                new DecidePermanencePlan(periodId, of(2023, 6, 1), "REUNIFICATION", 0)));

        var decided = permanence.recordAdoption(SOCIAL_WORKER, new RecordAdoption(periodId, of(2023, 7, 3), null,
                null, null, null, null, null, null, 1));
        var previous = permanence.recordPreviousPermanence(SOCIAL_WORKER,
                new RecordPreviousPermanence(periodId, "Z1", null, null, decided.version()));
        assertEquals("Z1", previous.previousPermanence().code());

        PeriodOfCareView p = lookedAfter.changeEpisode(SOCIAL_WORKER, new ChangeEpisode(periodId, of(2024, 2, 1), "L", "E1", null,
                null, null, 0));
        p = lookedAfter.changeEpisode(SOCIAL_WORKER, new ChangeEpisode(p.periodId(), of(2024, 10, 1), "P", null, null,
                new Placement("A6", "PR1", null, null), "CARPL", p.version()));
        var matched = permanence.recordAdoption(SOCIAL_WORKER, new RecordAdoption(p.periodId(), of(2023, 7, 3),
                of(2024, 8, 20), false, 2, "MF", "L11", null, null, previous.version()));
        lookedAfter.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(p.periodId(), of(2025, 4, 15), "E11", p.version()));

        PermanenceView done = permanence.permanence(SOCIAL_WORKER, p.periodId());
        assertEquals(matched.version(), done.version());
        assertEquals(of(2024, 8, 20), done.adoption().matchedDate());
        assertEquals("L11", done.adoption().legalStatusOfAdopters());
        assertEquals(new PermanenceView.Journey(of(2023, 3, 1), of(2024, 2, 1), of(2024, 10, 1), of(2025, 4, 15),
                "ADOPTION", of(2024, 10, 1), 580L), done.journey());
        assertEquals(List.of("ADOPTION"), done.plans().stream().map(PermanenceView.Plan::plan).toList());

        assertThrows(AccessDenied.class, () -> permanence.permanence(OUTSIDER, done.periodId()));
        assertThrows(NotFound.class, () -> permanence.permanence(SOCIAL_WORKER, UUID.randomUUID()));
    }
}

package org.cypf.socialcare.lookedafter.domain;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.place.Postcode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare.EpisodeChange;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.Ssda903Codes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each aggregate's change returns it at its next version with the events it raised, so no service moves a version
 * or picks an event (kernel {@code Changed}); what is created starts at version 0.
 */
class AggregateChangesTest {
    private static final LocalDate TODAY = of(2025, 6, 30);
    private static final Ssda903Codes CODES = Ssda903Codes.standard();
    private static final Child CHILD = new Child(ChildId.newId(), "C1001", null, null, of(2015, 2, 1), "2");

    private static Changed<PeriodOfCare> start() {
        return PeriodOfCare.start(UUID.randomUUID(), CHILD, new PeriodOfCare.FirstEpisode(of(2024, 5, 6), "C1", "N1",
                "U6", "PR1", Postcode.parse("ST4 1HH"), null, null), null, TODAY, CODES);
    }

    /** A period at version 3, as if read back after three stored changes. */
    private static PeriodOfCare atVersion3() {
        PeriodOfCare p = start().after();
        return PeriodOfCare.rebuild(p.id(), p.childId(), p.episodes(), 3);
    }

    @Nested
    class PeriodsOfCare {
        @Test
        void starting_is_version_0_and_raises_started_with_the_child_and_first_episode() {
            Changed<PeriodOfCare> started = start();
            assertEquals(0, started.after().version());
            var event = assertInstanceOf(PeriodOfCareEvent.Started.class, started.events().getFirst());
            assertEquals(1, started.events().size());
            assertEquals(CHILD, event.child());
            assertEquals(started.after().id(), event.periodId());
            assertEquals(started.after().lastEpisode(), event.first());
        }

        @Test
        void a_change_of_placement_is_the_next_version_and_raises_placement_changed_from_the_closed_episode() {
            PeriodOfCare before = atVersion3();
            Changed<PeriodOfCare> moved = before.changeEpisode(new EpisodeChange(of(2024, 9, 2), "P", null, null, "U4",
                    "PR4", Postcode.parse("ST6 3AA"), null, "CARPL"), TODAY, CODES);

            assertEquals(4, moved.after().version());
            assertEquals(3, before.version(), "the period read is left as it was");
            var event = assertInstanceOf(PeriodOfCareEvent.PlacementChanged.class, moved.events().getFirst());
            assertEquals(1, moved.events().size());
            assertEquals("U6", event.before().placementType());
            assertEquals("X1", event.before().reasonCeased());
            assertEquals("U4", event.after().placementType());
            assertEquals(moved.after().lastEpisode(), event.after());
        }

        @Test
        void a_change_of_legal_status_only_raises_legal_status_changed() {
            Changed<PeriodOfCare> changed = atVersion3().changeEpisode(new EpisodeChange(of(2024, 9, 2), "L", "C2",
                    null, null, null, null, null, null), TODAY, CODES);
            assertEquals(4, changed.after().version());
            var event = assertInstanceOf(PeriodOfCareEvent.LegalStatusChanged.class, changed.events().getFirst());
            assertEquals("C1", event.before().legalStatus());
            assertEquals("C2", event.after().legalStatus());
        }

        @Test
        void ending_is_the_next_version_and_raises_ended_with_the_day_and_reason() {
            PeriodOfCare open = atVersion3();
            Changed<PeriodOfCare> ended = open.end(of(2025, 5, 2), "E4A", TODAY, CODES);
            assertEquals(4, ended.after().version());
            assertEquals(List.of(new PeriodOfCareEvent.Ended(open.childId(), open.id(), of(2025, 5, 2), "E4A")),
                    ended.events());
        }

        @Test
        void an_imported_history_is_new_at_version_0_or_the_next_version_of_the_period_it_replaces() {
            PeriodOfCare open = atVersion3();
            assertEquals(0, PeriodOfCare.imported(UUID.randomUUID(), CHILD.id(), open.episodes()).version());
            Changed<PeriodOfCare> replaced = open.importHistory(open.episodes());
            assertEquals(4, replaced.after().version());
            assertEquals(List.of(new PeriodOfCareEvent.HistoryImported(open.childId(), open.id())), replaced.events());
        }
    }

    @Nested
    class MissingEpisodes {
        private final List<PeriodOfCare> periods = List.of(start().after());

        @Test
        void going_missing_is_version_0_and_coming_back_the_next_version() {
            Changed<MissingEpisode> gone = MissingEpisode.start(UUID.randomUUID(), CHILD.id(), "M", of(2024, 7, 1),
                    null, periods, List.of(), TODAY, CODES);
            assertEquals(0, gone.after().version());
            assertEquals(List.of(), gone.events());

            MissingEpisode stored = MissingEpisode.rebuild(gone.after().id(), CHILD.id(), "M", of(2024, 7, 1), null, 2);
            assertEquals(3, stored.end(of(2024, 7, 3), TODAY).after().version());
            assertEquals(3, stored.endAsReturned(of(2024, 7, 3)).after().version());
            assertTrue(stored.isMissing());
            assertFalse(MissingEpisode.imported(CHILD.id(), "A", of(2024, 7, 1), null).isMissing());
        }
    }

    @Nested
    class UnaccompaniedAsylumSeekers {
        @Test
        void the_first_record_is_version_1_and_each_after_it_the_next() {
            UnaccompaniedAsylumSeeker none = UnaccompaniedAsylumSeeker.notYetRecorded(CHILD.id());
            assertFalse(none.isRecorded());
            assertEquals(0, none.version());

            UnaccompaniedAsylumSeeker first = none.record(CHILD, null, TODAY).after();
            assertTrue(first.isRecorded());
            assertEquals(1, first.version());
            assertEquals(2, first.record(CHILD, of(2025, 1, 1), TODAY).after().version());
        }

        @Test
        void a_record_is_of_its_own_child() {
            Child other = new Child(ChildId.newId(), "C1002", null, null, of(2015, 2, 1), "1");
            assertThrows(IllegalArgumentException.class,
                    () -> UnaccompaniedAsylumSeeker.notYetRecorded(CHILD.id()).record(other, null, TODAY));
        }
    }

    @Nested
    class Reviews {
        @Test
        void a_review_is_recorded_once_at_version_0() {
            PeriodOfCare period = start().after();
            Changed<LookedAfterReview> review = LookedAfterReview.record(UUID.randomUUID(), period, CHILD,
                    of(2024, 6, 3), "PN1", List.of(), TODAY, CODES);
            assertEquals(0, review.after().version());
            assertEquals(period.id(), review.after().periodId());
        }
    }
}

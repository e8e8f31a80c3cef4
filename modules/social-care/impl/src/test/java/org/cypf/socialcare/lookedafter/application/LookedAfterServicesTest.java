package org.cypf.socialcare.lookedafter.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.SocialCareFixture.OUTSIDER;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.cypf.socialcare.SocialCareFixture.json;
import static org.cypf.socialcare.SocialCareFixture.startCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.place.Postcode;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.lookedafter.ChangeEpisode;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.api.lookedafter.EndMissingEpisode;
import org.cypf.socialcare.api.lookedafter.EndPeriodOfCare;
import org.cypf.socialcare.api.lookedafter.MissingFromCare;
import org.cypf.socialcare.api.lookedafter.PeriodOfCareView;
import org.cypf.socialcare.api.lookedafter.Placement;
import org.cypf.socialcare.api.lookedafter.RecordMissingEpisode;
import org.cypf.socialcare.api.lookedafter.RecordReview;
import org.cypf.socialcare.api.lookedafter.RecordUasc;
import org.cypf.socialcare.api.lookedafter.ReviewsView;
import org.cypf.socialcare.api.lookedafter.UnaccompaniedAsylumSeekingChildren;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Changes of episode, reviews, missing episodes and UASC through the use cases (the kernel's change template), on
 * PostgreSQL: a change made against a version that is no longer the stored one is refused with nothing stored or
 * published; a change is stored at the next version, and only the events social care publishes reach the outbox.
 */
class LookedAfterServicesTest {
    private static final LocalDate BORN = of(2012, 3, 14);
    private static SocialCareFixture f;
    private static ChildrenLookedAfter lookedAfter;
    private static MissingFromCare missing;
    private static UnaccompaniedAsylumSeekingChildren uasc;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("looked after services", 20_000);
        lookedAfter = f.context.childrenLookedAfter();
        missing = f.context.missingFromCare();
        uasc = f.context.unaccompaniedAsylumSeekingChildren();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static PeriodOfCareView started(String ref, LocalDate on) {
        return lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand(ref, BORN, on));
    }

    private static ChangeEpisode move(PeriodOfCareView p, LocalDate on, String type, String provider, long version) {
        return new ChangeEpisode(p.periodId(), on, "P", null, null,
                new Placement(type, provider, Postcode.parse("ST6 3AA"), null), "CREQB", version);
    }

    private static List<Record> outbox(String childId) {
        return f.rows("select * from platform.outbox where aggregate_id = ? order by position", childId);
    }

    private static List<String> published(String childId) {
        return f.rows("select event_name from platform.outbox where aggregate_id = ? order by position", childId)
                .stream().map(r -> r.get("event_name", String.class)).toList();
    }

    private static Record storedPeriod(PeriodOfCareView p) {
        return f.rows("select * from social_care.period_of_care where period_id = ?", p.periodId()).getFirst();
    }

    @Test
    void a_change_of_placement_is_stored_bumps_the_version_and_publishes_placement_changed() {
        PeriodOfCareView p = started("LA1", of(2024, 5, 6));
        long audit = f.auditRows();

        PeriodOfCareView moved = lookedAfter.changeEpisode(SOCIAL_WORKER, move(p, of(2024, 9, 2), "U4", "PR4", 0));

        assertEquals(1, moved.version());
        assertEquals(List.of("S", "P"), moved.episodes().stream().map(PeriodOfCareView.EpisodeView::reasonForNewEpisode).toList());
        assertEquals("X1", moved.episodes().getFirst().reasonCeased());
        assertEquals("CREQB", moved.episodes().getFirst().reasonPlaceChange(), "on the episode the change ended (DfE rule 225)");
        assertNull(moved.episodes().getLast().reasonPlaceChange());
        assertEquals(moved, lookedAfter.periodOfCare(SOCIAL_WORKER, p.periodId()), "the stored period agrees");
        assertEquals(2, f.count("select count(*) from social_care.episode where period_id = ?", p.periodId()));
        assertEquals(audit + 2, f.auditRows(), "the change (UPDATE) and the read");

        List<Record> events = outbox(p.childId());
        assertEquals("social-care.placement-changed", events.getLast().get("event_name"));
        JsonNode payload = json(events.getLast().get("payload", String.class));
        assertEquals("2024-09-02", payload.get("date").asText());
        assertEquals("U6", payload.get("previousPlacementType").asText());
        assertEquals("U4", payload.get("placementType").asText());
        assertEquals("PR4", payload.get("placementProvider").asText());
        assertEquals("CREQB", payload.get("reasonPlaceChange").asText());
    }

    @Test
    void a_change_of_legal_status_only_publishes_no_placement_change() {
        PeriodOfCareView p = started("LA2", of(2024, 5, 6));
        long outbox = f.outboxRows();
        PeriodOfCareView changed = lookedAfter.changeEpisode(SOCIAL_WORKER,
                new ChangeEpisode(p.periodId(), of(2024, 7, 1), "L", "E1", null, null, null, 0));
        assertEquals("E1", changed.episodes().getLast().legalStatus());
        assertEquals(outbox, f.outboxRows());
    }

    @Test
    void a_stale_or_refused_change_stores_nothing() {
        PeriodOfCareView p = started("LA3", of(2024, 5, 6));
        lookedAfter.changeEpisode(SOCIAL_WORKER, move(p, of(2024, 9, 2), "U4", "PR4", 0));
        long outbox = f.outboxRows();
        long audit = f.auditRows();

        assertThrows(StaleVersion.class, () -> lookedAfter.changeEpisode(SOCIAL_WORKER,
                move(p, of(2024, 10, 2), "K2", "PR4", 0)));
        // Dated before the current placement began: the child would be in two placements at once.
        var e = assertThrows(InvalidInput.class, () -> lookedAfter.changeEpisode(SOCIAL_WORKER,
                move(p, of(2024, 9, 1), "K2", "PR4", 1)));
        assertEquals("date", e.violations().getFirst().field());
        assertThrows(AccessDenied.class, () -> lookedAfter.changeEpisode(OUTSIDER, move(p, of(2024, 10, 2), "K2", "PR4", 1)));

        assertEquals(2, f.count("select count(*) from social_care.episode where period_id = ?", p.periodId()));
        assertEquals(outbox, f.outboxRows());
        assertEquals(audit + 1, f.auditRows(), "only the outsider's denial is audited");
    }

    @Test
    void reviews_are_recorded_with_their_due_dates() {
        PeriodOfCareView p = started("LA4", of(2024, 5, 6));
        lookedAfter.recordReview(SOCIAL_WORKER, new RecordReview(p.periodId(), of(2024, 6, 3), "PN1"));
        ReviewsView reviews = lookedAfter.recordReview(SOCIAL_WORKER, new RecordReview(p.periodId(), of(2024, 9, 10), "PN6"));

        assertEquals(of(2024, 5, 6), reviews.lookedAfterFrom());
        assertEquals(List.of(of(2024, 6, 4), of(2024, 9, 3)), reviews.reviews().stream().map(ReviewsView.Review::dueBy).toList());
        assertEquals(List.of(true, false), reviews.reviews().stream().map(ReviewsView.Review::onTime).toList());
        assertEquals(of(2025, 3, 10), reviews.nextDueBy());
        assertEquals(reviews, lookedAfter.reviews(SOCIAL_WORKER, p.periodId()));
        assertThrows(Conflict.class, () -> lookedAfter.recordReview(SOCIAL_WORKER,
                new RecordReview(p.periodId(), of(2024, 9, 10), "PN1")));
        assertEquals(List.of("participation"), assertThrows(InvalidInput.class, () -> lookedAfter.recordReview(SOCIAL_WORKER,
                new RecordReview(p.periodId(), of(2024, 12, 1), "PN0"))).violations().stream().map(v -> v.field()).toList());
        assertThrows(NotFound.class, () -> lookedAfter.reviews(SOCIAL_WORKER, UUID.randomUUID()));
    }

    @Test
    void missing_episodes_are_recorded_ended_and_listed() {
        PeriodOfCareView p = started("LA5", of(2024, 5, 6));
        var gone = missing.recordMissing(SOCIAL_WORKER, new RecordMissingEpisode(p.childId(), "M", of(2024, 7, 1), null));
        assertNull(gone.endDate());
        assertEquals(0, gone.version());
        assertThrows(Conflict.class, () -> missing.recordMissing(SOCIAL_WORKER,
                new RecordMissingEpisode(p.childId(), "A", of(2024, 7, 2), of(2024, 7, 2))), "still missing");
        assertThrows(StaleVersion.class, () -> missing.endMissing(SOCIAL_WORKER,
                new EndMissingEpisode(gone.missingId(), of(2024, 7, 3), 4)));

        var back = missing.endMissing(SOCIAL_WORKER, new EndMissingEpisode(gone.missingId(), of(2024, 7, 3), 0));
        assertEquals(of(2024, 7, 3), back.endDate());
        assertEquals(1, back.version());
        missing.recordMissing(SOCIAL_WORKER, new RecordMissingEpisode(p.childId(), "A", of(2024, 8, 1), of(2024, 8, 1)));

        assertEquals(List.of("M", "A"), missing.missingEpisodes(SOCIAL_WORKER, p.childId()).stream()
                .map(m -> m.kind()).toList());
        var secondPage = missing.missingEpisodes(SOCIAL_WORKER, p.childId(), new org.cypf.kernel.page.Slice(2, 1));
        assertEquals(List.of("A"), secondPage.items().stream().map(m -> m.kind()).toList(),
                "the second page of one holds the later episode, read in the query");
        assertEquals(2, secondPage.total(), "counted by the same condition");
        assertEquals(0, missing.missingEpisodes(SOCIAL_WORKER, p.childId(), new org.cypf.kernel.page.Slice(3, 1))
                .items().size());
        assertEquals(List.of("startDate"), assertThrows(InvalidInput.class, () -> missing.recordMissing(SOCIAL_WORKER,
                new RecordMissingEpisode(p.childId(), "M", of(2024, 5, 5), null))).violations().stream()
                .map(v -> v.field()).toList(), "not looked after the day before care began");
        assertThrows(NotFound.class, () -> missing.missingEpisodes(SOCIAL_WORKER, UUID.randomUUID().toString()));
        assertEquals("childId", assertThrows(InvalidInput.class, () -> missing.missingEpisodes(SOCIAL_WORKER, "nope"))
                .violations().getFirst().field());
        assertThrows(AccessDenied.class, () -> missing.missingEpisodes(OUTSIDER, p.childId()));
    }

    @Test
    void an_unaccompanied_asylum_seeking_child_is_recorded_with_optimistic_locking() {
        PeriodOfCareView p = started("LA6", of(2024, 5, 6));
        var none = uasc.uasc(SOCIAL_WORKER, p.childId());
        assertFalse(none.unaccompanied());
        assertEquals(0, none.version());

        var recorded = uasc.recordUasc(SOCIAL_WORKER, new RecordUasc(p.childId(), null, 0));
        assertTrue(recorded.unaccompanied());
        assertNull(recorded.dateCeased());
        assertEquals(BORN.plusYears(18), recorded.returnedDateCeased());
        assertEquals(1, recorded.version());
        assertThrows(StaleVersion.class, () -> uasc.recordUasc(SOCIAL_WORKER, new RecordUasc(p.childId(), of(2025, 1, 1), 0)));

        var ceased = uasc.recordUasc(SOCIAL_WORKER, new RecordUasc(p.childId(), of(2025, 1, 1), 1));
        assertEquals(of(2025, 1, 1), ceased.returnedDateCeased());
        assertEquals(ceased, uasc.uasc(SOCIAL_WORKER, p.childId()));
    }

    @Test
    void a_change_is_stored_at_the_next_version_and_read_back_there() {
        PeriodOfCareView p = started("CH2", of(2024, 5, 6));
        PeriodOfCareView moved = lookedAfter.changeEpisode(SOCIAL_WORKER, move(p, of(2024, 9, 2), "U4", "PR4", 0));
        PeriodOfCareView ended = lookedAfter.endPeriodOfCare(SOCIAL_WORKER,
                new EndPeriodOfCare(p.periodId(), of(2025, 1, 6), "E4A", 1));

        assertEquals(1, moved.version());
        assertEquals(2, ended.version());
        assertEquals(2L, storedPeriod(p).get("version", Long.class));
        assertEquals(ended, lookedAfter.periodOfCare(SOCIAL_WORKER, p.periodId()));
        assertEquals(List.of("social-care.child-entered-care", "social-care.placement-changed",
                "social-care.child-left-care"), published(p.childId()));

        assertThrows(StaleVersion.class, () -> lookedAfter.changeEpisode(SOCIAL_WORKER,
                move(p, of(2025, 1, 6), "U4", "PR4", 1)));
        assertEquals(2L, storedPeriod(p).get("version", Long.class), "a stale change leaves the stored version");
    }

    @Test
    void a_stale_return_from_missing_stores_nothing() {
        PeriodOfCareView p = started("CH4", of(2024, 5, 6));
        var gone = missing.recordMissing(SOCIAL_WORKER, new RecordMissingEpisode(p.childId(), "M", of(2024, 7, 1), null));

        assertThrows(StaleVersion.class, () -> missing.endMissing(SOCIAL_WORKER,
                new EndMissingEpisode(gone.missingId(), of(2024, 7, 3), 1)));

        Record stored = f.rows("select * from social_care.missing_episode where missing_id = ?", gone.missingId()).getFirst();
        assertNull(stored.get("end_date"));
        assertEquals(0L, stored.get("version", Long.class));
        var back = missing.endMissing(SOCIAL_WORKER, new EndMissingEpisode(gone.missingId(), of(2024, 7, 3), 0));
        assertEquals(1, back.version());
        assertEquals(1L, f.rows("select version from social_care.missing_episode where missing_id = ?", gone.missingId())
                .getFirst().get("version", Long.class));
    }

    @Test
    void a_stale_uasc_record_stores_nothing() {
        PeriodOfCareView p = started("CH5", of(2024, 5, 6));
        uasc.recordUasc(SOCIAL_WORKER, new RecordUasc(p.childId(), null, 0));

        assertThrows(StaleVersion.class, () -> uasc.recordUasc(SOCIAL_WORKER, new RecordUasc(p.childId(), of(2025, 1, 1), 0)));
        assertThrows(StaleVersion.class, () -> uasc.recordUasc(SOCIAL_WORKER, new RecordUasc(p.childId(), of(2025, 1, 1), 2)));

        Record stored = f.rows("select * from social_care.unaccompanied_asylum_seeker where child_id = ?::uuid",
                p.childId()).getFirst();
        assertNull(stored.get("date_ceased"));
        assertEquals(1L, stored.get("version", Long.class));
    }
}

package org.cypf.socialcare.lookedafter.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.cypf.socialcare.SocialCareFixture.startCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.kernel.place.Postcode;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.lookedafter.ChangeEpisode;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.api.lookedafter.EndMissingEpisode;
import org.cypf.socialcare.api.lookedafter.MissingFromCare;
import org.cypf.socialcare.api.lookedafter.PeriodOfCareView;
import org.cypf.socialcare.api.lookedafter.Placement;
import org.cypf.socialcare.api.lookedafter.RecordMissingEpisode;
import org.cypf.socialcare.api.lookedafter.RecordUasc;
import org.cypf.socialcare.api.lookedafter.UnaccompaniedAsylumSeekingChildren;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The looked-after use cases through the kernel's change template, on PostgreSQL: a change made against a version
 * that is no longer the stored one is refused with nothing stored or published; a change is stored at the next
 * version, and only the events social care publishes reach the outbox.
 */
class LookedAfterChangesTest {
    private static final LocalDate BORN = of(2012, 3, 14);
    private static SocialCareFixture f;
    private static ChildrenLookedAfter lookedAfter;
    private static MissingFromCare missing;
    private static UnaccompaniedAsylumSeekingChildren uasc;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("looked after changes", 20_000);
        lookedAfter = f.context.childrenLookedAfter();
        missing = f.context.missingFromCare();
        uasc = f.context.unaccompaniedAsylumSeekingChildren();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static PeriodOfCareView started(String ref) {
        return lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand(ref, BORN, of(2024, 5, 6)));
    }

    private static ChangeEpisode move(PeriodOfCareView p, long version) {
        return new ChangeEpisode(p.periodId(), of(2024, 9, 2), "P", null, null,
                new Placement("U4", "PR4", Postcode.parse("ST6 3AA"), null), "CREQB", version);
    }

    private static List<String> published(String childId) {
        return f.rows("select event_name from platform.outbox where aggregate_id = ? order by position", childId)
                .stream().map(r -> r.get("event_name", String.class)).toList();
    }

    private static Record period(PeriodOfCareView p) {
        return f.rows("select * from social_care.period_of_care where period_id = ?", p.periodId()).getFirst();
    }

    @Test
    void a_stale_change_of_episode_stores_and_publishes_nothing() {
        PeriodOfCareView p = started("CH1");
        lookedAfter.changeEpisode(SOCIAL_WORKER, move(p, 0));
        long outbox = f.outboxRows();

        assertThrows(StaleVersion.class, () -> lookedAfter.changeEpisode(SOCIAL_WORKER, move(p, 0)));

        assertEquals(1L, period(p).get("version", Long.class));
        assertEquals(2, f.count("select count(*) from social_care.episode where period_id = ?", p.periodId()));
        assertEquals(outbox, f.outboxRows());
    }

    @Test
    void a_change_is_stored_at_the_next_version_and_read_back_there() {
        PeriodOfCareView p = started("CH2");
        PeriodOfCareView moved = lookedAfter.changeEpisode(SOCIAL_WORKER, move(p, 0));
        PeriodOfCareView ended = lookedAfter.endPeriodOfCare(SOCIAL_WORKER,
                new org.cypf.socialcare.api.lookedafter.EndPeriodOfCare(p.periodId(), of(2025, 1, 6), "E4A", 1));

        assertEquals(1, moved.version());
        assertEquals(2, ended.version());
        assertEquals(2L, period(p).get("version", Long.class));
        assertEquals(ended, lookedAfter.periodOfCare(SOCIAL_WORKER, p.periodId()));
        assertEquals(List.of("social-care.child-entered-care", "social-care.placement-changed",
                "social-care.child-left-care"), published(p.childId()));
    }

    @Test
    void a_change_of_legal_status_only_publishes_nothing() {
        PeriodOfCareView p = started("CH3");
        PeriodOfCareView changed = lookedAfter.changeEpisode(SOCIAL_WORKER, new ChangeEpisode(p.periodId(),
                of(2024, 9, 2), "L", "C1", null, null, null, 0));

        assertEquals(1, changed.version());
        assertEquals("C1", changed.episodes().getLast().legalStatus());
        assertEquals(List.of("social-care.child-entered-care"), published(p.childId()));
    }

    @Test
    void a_stale_return_from_missing_stores_nothing() {
        PeriodOfCareView p = started("CH4");
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
        PeriodOfCareView p = started("CH5");
        uasc.recordUasc(SOCIAL_WORKER, new RecordUasc(p.childId(), null, 0));

        assertThrows(StaleVersion.class, () -> uasc.recordUasc(SOCIAL_WORKER, new RecordUasc(p.childId(), of(2025, 1, 1), 0)));
        assertThrows(StaleVersion.class, () -> uasc.recordUasc(SOCIAL_WORKER, new RecordUasc(p.childId(), of(2025, 1, 1), 2)));

        Record stored = f.rows("select * from social_care.unaccompanied_asylum_seeker where child_id = ?::uuid",
                p.childId()).getFirst();
        assertNull(stored.get("date_ceased"));
        assertEquals(1L, stored.get("version", Long.class));
    }
}

package org.cypf.socialcare.familynetwork.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.SocialCareFixture.OUTSIDER;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.cypf.socialcare.SocialCareFixture.startCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.familynetwork.AmendFamilyNetworkMeeting;
import org.cypf.socialcare.api.familynetwork.FamilyNetworkMeetingView;
import org.cypf.socialcare.api.familynetwork.FamilyNetworkMeetings;
import org.cypf.socialcare.api.familynetwork.RecordFamilyNetworkMeeting;
import org.cypf.socialcare.api.measure.SocialCareMeasure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Family network meetings and family group conferences held for a child, and the count of them. */
class FamilyNetworkMeetingsTest {
    private static SocialCareFixture f;
    private static FamilyNetworkMeetings meetings;
    private static String childId;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("family network", 20_000);
        meetings = f.context.familyNetworkMeetings();
        childId = f.context.childrenLookedAfter().startToBeLookedAfter(SOCIAL_WORKER,
                startCommand("FN1", of(2016, 4, 4), of(2024, 2, 1))).childId();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void meetings_are_recorded_corrected_with_the_version_read_and_listed() {
        FamilyNetworkMeetingView held = meetings.recordMeeting(SOCIAL_WORKER,
                new RecordFamilyNetworkMeeting(childId, of(2024, 1, 15), "FAMILY_GROUP_CONFERENCE", "RECONVENE"));
        assertEquals(0, held.version());
        FamilyNetworkMeetingView corrected = meetings.amendMeeting(SOCIAL_WORKER, new AmendFamilyNetworkMeeting(
                held.meetingId(), of(2024, 1, 16), "FAMILY_GROUP_CONFERENCE", "FAMILY_PLAN_AGREED", 0));
        assertEquals(1, corrected.version());
        assertThrows(StaleVersion.class, () -> meetings.amendMeeting(SOCIAL_WORKER, new AmendFamilyNetworkMeeting(
                held.meetingId(), of(2024, 1, 16), "FAMILY_NETWORK_MEETING", "FAMILY_PLAN_AGREED", 0)));
        meetings.recordMeeting(SOCIAL_WORKER, new RecordFamilyNetworkMeeting(childId, of(2024, 6, 3),
                "FAMILY_NETWORK_MEETING", "FAMILY_PLAN_AGREED"));

        List<FamilyNetworkMeetingView> listed = meetings.meetings(SOCIAL_WORKER, childId);
        assertEquals(List.of(of(2024, 1, 16), of(2024, 6, 3)), listed.stream().map(FamilyNetworkMeetingView::heldOn).toList());
        assertEquals(corrected, listed.getFirst());
    }

    @Test
    void every_bad_field_is_named_and_unknown_children_and_outsiders_are_refused() {
        var e = assertThrows(InvalidInput.class, () -> meetings.recordMeeting(SOCIAL_WORKER,
                new RecordFamilyNetworkMeeting(childId, of(2030, 1, 1), "PARTY", null)));
        assertEquals(List.of("heldOn", "type", "outcome"), e.violations().stream().map(FieldViolation::field).toList());
        assertThrows(NotFound.class, () -> meetings.recordMeeting(SOCIAL_WORKER, new RecordFamilyNetworkMeeting(
                UUID.randomUUID().toString(), of(2024, 1, 1), "FAMILY_NETWORK_MEETING", "FAMILY_PLAN_AGREED")));
        assertThrows(AccessDenied.class, () -> meetings.meetings(OUTSIDER, childId));
        assertThrows(NotFound.class, () -> meetings.amendMeeting(SOCIAL_WORKER, new AmendFamilyNetworkMeeting(
                UUID.randomUUID(), of(2024, 1, 1), "FAMILY_NETWORK_MEETING", "FAMILY_PLAN_AGREED", 0)));
    }

    @Test
    void the_measure_counts_meetings_held_in_the_12_months_to_the_date() {
        var source = f.context.measureSources().stream()
                .filter(s -> s.measureKeys().contains(SocialCareMeasure.FAMILY_NETWORK_MEETINGS.key())).findFirst().orElseThrow();
        String other = f.context.childrenLookedAfter().startToBeLookedAfter(SOCIAL_WORKER,
                startCommand("FN2", of(2016, 4, 4), of(2019, 2, 1))).childId();
        // Held 1 July 2019 and 30 June 2020: the 12 months to 30 June 2020 run from 1 July 2019, both included.
        meetings.recordMeeting(SOCIAL_WORKER, new RecordFamilyNetworkMeeting(other, of(2019, 6, 30), "FAMILY_NETWORK_MEETING", "NO_PLAN_MADE"));
        meetings.recordMeeting(SOCIAL_WORKER, new RecordFamilyNetworkMeeting(other, of(2019, 7, 1), "FAMILY_NETWORK_MEETING", "RECONVENE"));
        meetings.recordMeeting(SOCIAL_WORKER, new RecordFamilyNetworkMeeting(other, of(2020, 6, 30), "FAMILY_GROUP_CONFERENCE", "FAMILY_PLAN_AGREED"));
        var value = source.compute(SocialCareMeasure.FAMILY_NETWORK_MEETINGS.key(), of(2020, 6, 30));
        assertEquals(0, new BigDecimal(2).compareTo(value.value()));
        assertNull(value.numerator());
    }
}

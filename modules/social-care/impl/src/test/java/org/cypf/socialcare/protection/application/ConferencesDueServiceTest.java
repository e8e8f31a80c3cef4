package org.cypf.socialcare.protection.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.Casework.child;
import static org.cypf.socialcare.SocialCareFixture.OUTSIDER;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.assessment.RecordReferral;
import org.cypf.socialcare.api.protection.ChildProtection;
import org.cypf.socialcare.api.protection.ConcludeSection47;
import org.cypf.socialcare.api.protection.ConferenceDue;
import org.cypf.socialcare.api.protection.ConferencesDue;
import org.cypf.socialcare.api.protection.EnquiryView;
import org.cypf.socialcare.api.protection.HoldInitialConference;
import org.cypf.socialcare.api.protection.HoldStrategyDiscussion;
import org.cypf.socialcare.api.protection.StartSection47;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The initial conferences queue on PostgreSQL: due and not held, soonest first, paged, scoped and audited. */
class ConferencesDueServiceTest {
    private static SocialCareFixture f;
    private static ChildProtection protection;
    private static ConferencesDue queue;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("conferences due", 20_000);
        protection = f.context.childProtection();
        queue = f.context.conferencesDue();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static EnquiryView discussed(String localChildId, LocalDate on) {
        var referral = f.context.referralsAndAssessments().recordReferral(SOCIAL_WORKER,
                new RecordReferral(child(localChildId), on, "6"));
        EnquiryView e = protection.holdStrategyDiscussion(SOCIAL_WORKER, new HoldStrategyDiscussion(referral.referralId(), on));
        return protection.startSection47(SOCIAL_WORKER, new StartSection47(e.enquiryId(), on, e.version()));
    }

    @Test
    void conferences_due_and_not_held_soonest_first_leaving_out_those_held_or_not_required() {
        EnquiryView later = discussed("R200", of(2025, 6, 2));
        EnquiryView sooner = discussed("R201", of(2025, 5, 1));
        EnquiryView held = discussed("R202", of(2025, 4, 1));
        held = protection.concludeSection47(SOCIAL_WORKER, new ConcludeSection47(held.enquiryId(), of(2025, 4, 3),
                "INITIAL_CONFERENCE", held.version()));
        protection.holdInitialConference(SOCIAL_WORKER, new HoldInitialConference(held.enquiryId(), of(2025, 4, 15),
                "NO_PLAN", held.version()));
        EnquiryView notRequired = discussed("R203", of(2025, 3, 3));
        protection.concludeSection47(SOCIAL_WORKER, new ConcludeSection47(notRequired.enquiryId(), of(2025, 3, 10),
                "NO_FURTHER_ACTION", notRequired.version()));

        var page = queue.conferencesDue(SOCIAL_WORKER, new Slice(1, 10));
        assertEquals(List.of(sooner.enquiryId(), later.enquiryId()),
                page.items().stream().map(ConferenceDue::enquiryId).toList());
        assertEquals(2, page.total());
        assertEquals(sooner.conferenceDueDate(), page.items().getFirst().conferenceDueDate());
        assertEquals("R201", page.items().getFirst().localChildId());
        assertEquals(1, queue.conferencesDue(SOCIAL_WORKER, new Slice(2, 1)).items().size());
        assertEquals(1, f.count("select count(*) from governance.child_record_access where child_id = ?::uuid "
                + "and action = 'LIST' and record_type = 'child-protection-enquiry'", sooner.childId()),
                "listed once, audited once");
        assertThrows(AccessDenied.class, () -> queue.conferencesDue(OUTSIDER, new Slice(1, 10)));
    }
}

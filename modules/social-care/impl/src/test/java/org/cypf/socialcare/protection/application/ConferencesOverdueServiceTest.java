package org.cypf.socialcare.protection.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.Casework.child;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.notification.Notification;
import org.cypf.kernel.notification.Recipient;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.assessment.RecordReferral;
import org.cypf.socialcare.api.protection.ChildProtection;
import org.cypf.socialcare.api.protection.ConcludeSection47;
import org.cypf.socialcare.api.protection.ConferencesOverdue;
import org.cypf.socialcare.api.protection.EnquiryView;
import org.cypf.socialcare.api.protection.HoldInitialConference;
import org.cypf.socialcare.api.protection.HoldStrategyDiscussion;
import org.cypf.socialcare.api.protection.StartSection47;
import org.cypf.kernel.identity.ChildId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The initial conference's 15 working day clock on PostgreSQL (ADR 0108): the allocated worker of each child whose
 * conference is overdue on the fixture's today (2025-06-30) is told once, however often the check runs; a refused
 * notification is sent at the next check; a conference held, not required or not yet due tells no one.
 */
class ConferencesOverdueServiceTest {
    private static final Caller CLOCK = Caller.system("social-care.conference-clock");
    private static SocialCareFixture f;
    private static ChildProtection protection;
    private static ConferencesOverdue overdue;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("conferences overdue", 20_000);
        protection = f.context.childProtection();
        overdue = f.context.conferencesOverdue();
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
    void the_allocated_worker_is_told_once_of_an_overdue_conference_and_a_refused_message_is_sent_next_time() {
        EnquiryView late = discussed("R300", of(2025, 5, 1));
        discussed("R301", of(2025, 6, 25));
        EnquiryView held = discussed("R302", of(2025, 4, 1));
        held = protection.concludeSection47(SOCIAL_WORKER, new ConcludeSection47(held.enquiryId(), of(2025, 4, 3),
                "INITIAL_CONFERENCE", held.version()));
        protection.holdInitialConference(SOCIAL_WORKER, new HoldInitialConference(held.enquiryId(), of(2025, 4, 15),
                "NO_PLAN", held.version()));
        EnquiryView notRequired = discussed("R303", of(2025, 3, 3));
        protection.concludeSection47(SOCIAL_WORKER, new ConcludeSection47(notRequired.enquiryId(), of(2025, 3, 10),
                "NO_FURTHER_ACTION", notRequired.version()));

        assertEquals(1, overdue.notifyOverdue(CLOCK));
        List<Notification> sent = f.notifications.sent();
        assertEquals(1, sent.size());
        Notification told = sent.getFirst();
        assertEquals(ConferencesOverdueService.TEMPLATE, told.template());
        assertEquals(Recipient.allocatedWorkerOf(ChildId.parse(late.childId())), told.to());
        assertEquals(late.enquiryId().toString(), told.reference());
        assertEquals(late.conferenceDueDate().toString(), told.personalisation().get("conference_due_date"));
        assertFalse(told.personalisation().values().stream().anyMatch(v -> v.contains("R300")),
                "the message does not name the child");
        assertEquals(1, f.count("select count(*) from governance.child_record_access where child_id = ?::uuid "
                + "and user_id = 'social-care.conference-clock' and action = 'READ'", late.childId()),
                "telling the worker is authorised and audited");

        assertEquals(1, overdue.notifyOverdue(CLOCK), "still overdue ...");
        assertEquals(1, f.notifications.sent().size(), "... but told once");

        EnquiryView refused = discussed("R304", of(2025, 5, 2));
        f.notifications.refuseNext();
        assertEquals(2, overdue.notifyOverdue(CLOCK));
        assertEquals(1, f.notifications.sent().size(), "the service refused the new one");
        assertEquals(2, overdue.notifyOverdue(CLOCK));
        assertEquals(List.of(late.enquiryId().toString(), refused.enquiryId().toString()),
                f.notifications.sent().stream().map(Notification::reference).toList(), "sent at the next check, once");
    }
}

package org.cypf.socialcare.protection.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.notification.Notification;
import org.cypf.kernel.notification.NotificationFailed;
import org.cypf.kernel.notification.Notifications;
import org.cypf.kernel.notification.Recipient;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.protection.ConferencesOverdue;
import org.cypf.socialcare.protection.port.ConferencesAwaited;

/**
 * Finds the initial conferences past their due date (15 working days after the last strategy discussion) in the
 * conferences queue's own reading, soonest due first, and tells each child's allocated worker through the
 * notifications port, one unit of work per enquiry, so a refused notification leaves the others sent and is tried
 * again at the next check. The notifications the context is given send once per reference (ADR 0108): the reference
 * is the enquiry, so the next check does not tell the worker again. The message names where the record is, the due
 * date and the start of the section 47 enquiry, never the child.
 */
public final class ConferencesOverdueService implements ConferencesOverdue {
    /** The template of the message. */
    public static final String TEMPLATE = "social-care.initial-conference-overdue";
    private static final RecordIntent LISTING = new RecordIntent("child-protection-enquiry", RecordAction.LIST,
            "finding initial child protection conferences overdue");
    private static final RecordIntent TELLING = new RecordIntent("child-protection-enquiry", RecordAction.READ,
            "telling the allocated worker an initial child protection conference is overdue");
    private static final int PAGE = 100;

    private final UnitOfWork unitOfWork;
    private final ConferencesAwaited conferences;
    private final ContextRecordAccess access;
    private final Notifications notifications;
    private final Clock clock;

    public ConferencesOverdueService(UnitOfWork unitOfWork, ConferencesAwaited conferences, ContextRecordAccess access,
                                     Notifications notifications, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.conferences = conferences;
        this.access = access;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public int notifyOverdue(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        List<ConferencesAwaited.Awaited> overdue = unitOfWork.inTransaction(() -> {
            ListScope scope = access.listScope(caller, LISTING, today);
            List<ConferencesAwaited.Awaited> found = new ArrayList<>();
            for (int page = 1; found.size() < MAX_PER_CHECK; page++) {
                Page<ConferencesAwaited.Awaited> awaited = conferences.soonestDueFirst(scope, new Slice(page, PAGE));
                for (ConferencesAwaited.Awaited a : awaited.items()) {
                    if (!a.conferenceDueDate().isBefore(today) || found.size() == MAX_PER_CHECK) {
                        return found;
                    }
                    found.add(a);
                }
                if (awaited.items().size() < PAGE) {
                    return found;
                }
            }
            return found;
        });
        for (ConferencesAwaited.Awaited a : overdue) {
            try {
                unitOfWork.run(() -> {
                    access.authorise(caller, TELLING, a.childId());
                    notifications.send(new Notification(TEMPLATE, Recipient.allocatedWorkerOf(a.childId()), Map.of(
                            "child_record", "/children/" + a.childId().value(),
                            "section47_start_date",
                            a.section47StartDate() == null ? "" : a.section47StartDate().toString(),
                            "conference_due_date", a.conferenceDueDate().toString()), a.enquiryId().toString()));
                });
            } catch (NotificationFailed refused) {
                // Rolled back with its mark: the next check tries this one again; the others go on.
            }
        }
        return overdue.size();
    }
}

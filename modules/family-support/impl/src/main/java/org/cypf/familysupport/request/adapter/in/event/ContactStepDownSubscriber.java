package org.cypf.familysupport.request.adapter.in.event;

import org.cypf.familysupport.api.request.HandedOverFamilyMember;
import org.cypf.familysupport.api.request.HandedOverHistory;
import org.cypf.familysupport.api.request.OpenRequestFromStepDown;
import org.cypf.familysupport.api.request.RequestsForSupport;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.events.EventSubscription;
import org.cypf.socialcare.api.event.ContactSteppedDownToEarlyHelp;

/**
 * Family support listens to social care's front door: a contact stepped down to early help opens a request for
 * support, the worry handed over as its need and the referral source, date of birth and family members as its
 * history (ADR 0065). Idempotent twice over: the platform's inbox turns a redelivery into a
 * no-op, and a request is opened once per contact (unique in the table).
 */
public final class ContactStepDownSubscriber {
    public static final String SUBSCRIBER = "family-support.requests.contact-step-downs";
    private static final Caller FAMILY_SUPPORT = Caller.system("family-support.requests");

    private final RequestsForSupport requests;
    private final ContextDatabase database;

    public ContactStepDownSubscriber(RequestsForSupport requests, ContextDatabase database) {
        this.requests = requests;
        this.database = database;
    }

    public EventSubscription subscription() {
        return EventSubscription.named(SUBSCRIBER, database).on(ContactSteppedDownToEarlyHelp.class, (event, meta) ->
                requests.openFromStepDown(FAMILY_SUPPORT, new OpenRequestFromStepDown(event.childId(),
                        event.contactId(), event.decidedOn(), event.worry(),
                        new HandedOverHistory(event.referralSource(), event.dateOfBirth(), event.familyMembers().stream()
                                .map(m -> new HandedOverFamilyMember(m.name(), m.relationship())).toList()))));
    }
}

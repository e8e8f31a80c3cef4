package org.cypf.socialcare.frontdoor.adapter.in.event;

import org.cypf.familysupport.api.event.EarlyHelpSteppedUpToSocialCare;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.events.EventSubscription;
import org.cypf.socialcare.api.frontdoor.FamilyMember;
import org.cypf.socialcare.api.frontdoor.FrontDoor;
import org.cypf.socialcare.api.frontdoor.RecordContact;
import org.cypf.socialcare.api.lookedafter.ChildDetails;

/**
 * The front door listens to early help: a child stepped up becomes a contact from the authority's early help
 * service (CIN census referral source 5D), to be decided within one working day like any other. Idempotent: the
 * platform's inbox turns a redelivery into a no-op.
 */
public final class EarlyHelpStepUpSubscriber {
    public static final String SUBSCRIBER = "social-care.front-door.early-help-step-ups";
    static final String EARLY_HELP_SOURCE = "5D";
    private static final Caller FRONT_DOOR = Caller.system("social-care.front-door");

    private final FrontDoor frontDoor;
    private final ContextDatabase database;

    public EarlyHelpStepUpSubscriber(FrontDoor frontDoor, ContextDatabase database) {
        this.frontDoor = frontDoor;
        this.database = database;
    }

    public EventSubscription subscription() {
        return EventSubscription.named(SUBSCRIBER, database).on(EarlyHelpSteppedUpToSocialCare.class, (event, meta) ->
                frontDoor.recordContact(FRONT_DOOR, new RecordContact(
                        new ChildDetails(event.localChildId(), null, null, event.dateOfBirth(), event.sex()),
                        event.steppedUpAt(), EARLY_HELP_SOURCE, null, "early help (family support)", event.reason(),
                        event.familyMembers().stream().map(m -> new FamilyMember(m.name(), m.relationship())).toList())));
    }
}

package org.cypf.familysupport.api.request;

import java.util.UUID;
import org.cypf.governance.api.access.Caller;

/**
 * Requests for support: from a partner or the family itself, with the family's consent recorded, triaged to
 * information and advice, a community service in the directory (which its provider accepts or declines), or early
 * help. A request is a child's record: every use case is authorised and audited through governance's access port.
 */
public interface RequestsForSupport {
    RequestForSupportView receive(Caller caller, ReceiveRequestForSupport command);

    /**
     * Social care's front door stepped a contact down to early help: a request opened from it, its consent still to
     * be recorded by family support. Once per contact.
     */
    RequestForSupportView openFromStepDown(Caller caller, OpenRequestFromStepDown command);

    /** The family's consent, recorded on a request opened from a step-down (consent comes before triage). */
    RequestForSupportView recordConsent(Caller caller, RecordConsent command);

    RequestForSupportView triage(Caller caller, TriageRequestForSupport command);

    RequestForSupportView recordProviderDecision(Caller caller, RecordProviderDecision command);

    RequestForSupportView request(Caller caller, UUID requestId);
}

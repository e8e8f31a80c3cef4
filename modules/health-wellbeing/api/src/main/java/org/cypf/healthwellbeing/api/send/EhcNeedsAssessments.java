package org.cypf.healthwellbeing.api.send;

import java.util.UUID;
import org.cypf.governance.api.access.Caller;

/**
 * Requests for an education, health and care needs assessment, from the request to the plan, its reviews and end.
 * Every change names the version the caller last read.
 */
public interface EhcNeedsAssessments {

    EhcRequestView receive(Caller caller, ReceiveEhcRequest command);

    EhcRequestView decide(Caller caller, DecideWhetherToAssess command);

    /** Asks social care or education for advice; they are told by the event health-wellbeing.ehc-advice-requested. */
    EhcRequestView requestAdvice(Caller caller, RequestEhcAdvice command);

    /**
     * Records an adviser's answer (from social-care.ehc-advice-given or education-skills.ehc-advice-given), once:
     * a repeated answer changes nothing.
     */
    EhcRequestView adviceReceived(Caller caller, ReceiveEhcAdvice command);

    EhcRequestView issuePlan(Caller caller, IssueEhcPlan command);

    EhcRequestView reviewPlan(Caller caller, ReviewEhcPlan command);

    EhcRequestView ceasePlan(Caller caller, CeaseEhcPlan command);

    EhcRequestView request(Caller caller, UUID requestId);
}

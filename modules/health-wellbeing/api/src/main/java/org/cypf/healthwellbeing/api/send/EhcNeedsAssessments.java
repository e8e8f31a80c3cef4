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

    /**
     * A practitioner gives an adviser's advice (not only the adviser's context by its event): recorded once; advice
     * already received is refused (409).
     */
    EhcRequestView giveAdvice(Caller caller, GiveEhcAdvice command);

    /**
     * Advice asked for and not yet given, of the children the caller may see listed (ADR 0033), earliest due first;
     * {@code adviser} (null: both) and {@code overdueOnly} filter; {@code page} from 1 of {@code size}, paged in SQL.
     */
    EhcAdviceDuePage adviceDue(Caller caller, String adviser, boolean overdueOnly, int page, int size);

    /** Records what SEN2 asks of the person and the request; refused field by field when a format is wrong. */
    EhcRequestView recordSen2Details(Caller caller, RecordSen2Details command);

    /** The request or its assessment withdrawn or ceased before its decision (SEN2 W). */
    EhcRequestView withdraw(Caller caller, WithdrawEhcRequest command);

    /** Decided, after assessing, not to issue a plan (SEN2 AssessmentOutcome N). */
    EhcRequestView decideNotToIssue(Caller caller, DecideNotToIssuePlan command);

    EhcRequestView issuePlan(Caller caller, IssueEhcPlan command);

    EhcRequestView reviewPlan(Caller caller, ReviewEhcPlan command);

    EhcRequestView ceasePlan(Caller caller, CeaseEhcPlan command);

    EhcRequestView request(Caller caller, UUID requestId);
}

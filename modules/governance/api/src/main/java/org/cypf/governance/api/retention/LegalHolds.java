package org.cypf.governance.api.retention;

import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/**
 * Legal holds (ADR 0037): a child whose records are kept whatever their retention rule says, because litigation is in
 * prospect or an inquiry has asked (the Independent Inquiry into Child Sexual Abuse's retention instruction, a claim,
 * a serious case review). While a hold is not lifted, no record of the child is anonymised in any context and the
 * retention report shows the child's due records as held. Placing, lifting and reading holds are a governance action
 * of their own ({@value #RECORD_TYPE}: the auditor's, not the administrator's, though both review retention); each is
 * audited with the child and the reason.
 */
public interface LegalHolds {
    String RECORD_TYPE = "legal-hold";
    /** The rule an audit row names when a legal hold role allowed the step. */
    String LEGAL_HOLD_ROLE = "LEGAL-HOLD-ROLE";
    /** The rule a refused anonymisation names: the record's child is held. */
    String LEGAL_HOLD = "LEGAL-HOLD";

    LegalHoldView place(Caller caller, PlaceLegalHold hold);

    /** Lifts a hold, with the reason (the inquiry has closed, the claim is settled); the hold stays, lifted. */
    LegalHoldView lift(Caller caller, UUID holdId, LiftLegalHold lifting);

    LegalHoldView hold(Caller caller, UUID holdId);

    /** The holds, those in force first, then by when they were placed; only those in force unless {@code lifted}. */
    Page<LegalHoldView> holds(Caller caller, boolean lifted, Slice slice);
}

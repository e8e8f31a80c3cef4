package org.cypf.healthwellbeing.api.childrenincare;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * A check done for a child in care.
 *
 * @param kind                 HEALTH_ASSESSMENT (the first after entering care is the initial one, later ones
 *                             reviews), DENTAL_CHECK, IMMUNISATIONS, SDQ, DEVELOPMENT_CHECK (a child under 5),
 *                             SUBSTANCE_MISUSE (a problem identified) or SDQ_NOT_DONE
 * @param sdqScore             the strengths and difficulties questionnaire's total difficulties score, 0 to 40; SDQ
 *                             only
 * @param upToDate             IMMUNISATIONS: up to date for the child's age; DEVELOPMENT_CHECK: development
 *                             assessments up to date
 * @param sdqReason            SDQ_NOT_DONE only: the DfE's SDQ_REASON, SDQ1-SDQ5
 * @param interventionReceived SUBSTANCE_MISUSE only, required: the child received an intervention for it
 * @param interventionOffered  SUBSTANCE_MISUSE only, required when none was received: one was offered and refused
 */
public record RecordHealthCheck(UUID recordId, String kind, LocalDate checkedOn, @Nullable Integer sdqScore,
                                @Nullable Boolean upToDate, @Nullable String sdqReason,
                                @Nullable Boolean interventionReceived, @Nullable Boolean interventionOffered,
                                long version) {

    /** A check with none of OC2's further fields. */
    public RecordHealthCheck(UUID recordId, String kind, LocalDate checkedOn, Integer sdqScore, Boolean upToDate,
                             long version) {
        this(recordId, kind, checkedOn, sdqScore, upToDate, null, null, null, version);
    }
}

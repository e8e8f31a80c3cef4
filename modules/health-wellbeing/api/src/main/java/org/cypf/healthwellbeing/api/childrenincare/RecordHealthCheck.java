package org.cypf.healthwellbeing.api.childrenincare;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * A check done for a child in care.
 *
 * @param kind     HEALTH_ASSESSMENT (the first after entering care is the initial one, later ones reviews),
 *                 DENTAL_CHECK, IMMUNISATIONS or SDQ
 * @param sdqScore the strengths and difficulties questionnaire's total difficulties score, 0 to 40; SDQ only
 * @param upToDate whether the child's immunisations are up to date for their age; IMMUNISATIONS only
 */
public record RecordHealthCheck(UUID recordId, String kind, LocalDate checkedOn, @Nullable Integer sdqScore,
                                @Nullable Boolean upToDate, long version) {}

package org.cypf.socialcare.returns.port;

import java.time.LocalDate;
import java.util.List;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.identity.ChildId;

/**
 * The health fields of the SSDA903 OC2 file, as health publishes them (its query port
 * {@code ChildrenInCareHealthRecords}, wired in by the context's assembly class: ADR 0077). Health authorises and
 * audits each child as {@code caller}.
 */
public interface Oc2HealthRecords {

    /** Before the app wires health in (a context on its own): health answers for no child. */
    Oc2HealthRecords NONE = (caller, children, yearEnding) -> List.of();

    /**
     * One child's health fields for the twelve months ending {@code yearEnding} (1 yes, 0 no; null where health holds
     * nothing, or the field is not asked of the child).
     */
    record HealthForYear(ChildId child, int healthAssessment, int teethCheck, int immunisations, Integer sdqScore,
                         String sdqReason, Integer healthCheck, int substanceMisuse, Integer interventionReceived,
                         Integer interventionOffered) {}

    /**
     * The fields of each of {@code children} health holds a record of (the others left out).
     *
     * @throws org.cypf.kernel.problem.AccessDenied when health refuses the caller
     */
    List<HealthForYear> forChildren(Caller caller, List<ChildId> children, LocalDate yearEnding);
}

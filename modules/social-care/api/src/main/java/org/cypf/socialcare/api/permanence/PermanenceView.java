package org.cypf.socialcare.api.permanence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Permanence for a child in a period of care.
 *
 * @param currentPlan the latest plan decided, or null
 * @param version     what a change quotes back (0 before anything is recorded)
 */
public record PermanenceView(UUID periodId, String childId, String currentPlan, List<Plan> plans,
                             PreviousPermanence previousPermanence, Adoption adoption, Journey journey, long version) {
    public PermanenceView {
        plans = List.copyOf(plans);
    }

    public record Plan(LocalDate decidedOn, String plan) {}

    public record PreviousPermanence(String code, String authority, LocalDate date) {}

    public record Adoption(LocalDate decisionDate, LocalDate matchedDate, Boolean adoptedByFosterCarer,
                           Integer numberOfAdopters, String sexOfAdopters, String legalStatusOfAdopters,
                           LocalDate decisionCeasedDate, String decisionCeasedReason) {}

    /**
     * What the episodes record, and the permanent home reached.
     *
     * @param enteredCare         the day the child became looked after (null when the period began before the records held)
     * @param placementOrder      the first day under a placement order (legal status E1)
     * @param placedForAdoption   the first day placed for adoption (A3-A6)
     * @param adopted             the day the adoption order ended care (REC E11, E12)
     * @param permanentHome       ADOPTION, SPECIAL_GUARDIANSHIP, CHILD_ARRANGEMENTS_ORDER or RETURNED_HOME, or null
     * @param permanentHomeFrom   the day the child moved in (adoption: placed for adoption; otherwise the end of care)
     * @param daysToPermanentHome days from entering care to {@code permanentHomeFrom}
     */
    public record Journey(LocalDate enteredCare, LocalDate placementOrder, LocalDate placedForAdoption,
                          LocalDate adopted, String permanentHome, LocalDate permanentHomeFrom,
                          Long daysToPermanentHome) {}
}

package org.cypf.socialcare.permanence.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;

/**
 * A period of care read for permanence: the milestones the episodes record and the permanent home the child reached.
 *
 * <p>The permanent home, and the day the child moved in (following the DfE's adoption scorecard measure A10 for
 * adoption, which counts to the day the child moved in with the adoptive family):
 * <ul>
 *   <li>adoption: the first day of the first episode placed for adoption (PLACE A3-A6), even when the adoption order
 *       (REC E11/E12) comes later;</li>
 *   <li>special guardianship: the period ended with an SGO (REC E45-E48);</li>
 *   <li>child arrangements order: the period ended with REC E41;</li>
 *   <li>return home: the period ended with the child returning to live with parents (REC E4A as planned, E4B not).</li>
 * </ul>
 * The days to a permanent home run from the day the child became looked after; they are unknown for a period that
 * began before the records held.
 */
public record PermanenceJourney(LocalDate enteredCare, LocalDate placementOrder, LocalDate placedForAdoption,
                                LocalDate adopted, PermanentHome permanentHome, LocalDate permanentHomeFrom,
                                Long daysToPermanentHome) {

    public enum PermanentHome { ADOPTION, SPECIAL_GUARDIANSHIP, CHILD_ARRANGEMENTS_ORDER, RETURNED_HOME }

    static final Set<String> PLACED_FOR_ADOPTION = Set.of("A3", "A4", "A5", "A6");
    public static final Set<String> ADOPTED = Set.of("E11", "E12");
    public static final Set<String> SPECIAL_GUARDIANSHIP_ORDERS = Set.of("E45", "E46", "E47", "E48");
    public static final Set<String> RETURNED_HOME = Set.of("E4A", "E4B");

    public static PermanenceJourney of(PeriodOfCare period) {
        LocalDate entered = period.beganBeforeTheRecordsHeld() ? null : period.startDate();
        LocalDate placementOrder = period.episodes().stream().filter(e -> "E1".equals(e.legalStatus()))
                .map(Episode::startDate).findFirst().orElse(null);
        LocalDate placed = period.episodes().stream().filter(e -> PLACED_FOR_ADOPTION.contains(e.placementType()))
                .map(Episode::startDate).findFirst().orElse(null);
        String rec = period.reasonCeased();
        LocalDate adopted = rec != null && ADOPTED.contains(rec) ? period.endDate() : null;
        PermanentHome home = null;
        LocalDate from = null;
        if (placed != null) {
            home = PermanentHome.ADOPTION;
            from = placed;
        } else if (rec != null) {
            if (ADOPTED.contains(rec)) {
                home = PermanentHome.ADOPTION;
            } else if (SPECIAL_GUARDIANSHIP_ORDERS.contains(rec)) {
                home = PermanentHome.SPECIAL_GUARDIANSHIP;
            } else if ("E41".equals(rec)) {
                home = PermanentHome.CHILD_ARRANGEMENTS_ORDER;
            } else if (RETURNED_HOME.contains(rec)) {
                home = PermanentHome.RETURNED_HOME;
            }
            from = home == null ? null : period.endDate();
        }
        Long days = entered == null || from == null ? null : ChronoUnit.DAYS.between(entered, from);
        return new PermanenceJourney(entered, placementOrder, placed, adopted, home, from, days);
    }
}

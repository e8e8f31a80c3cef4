package org.cypf.socialcare.permanence.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.shared.domain.LegalStatus;
import org.cypf.socialcare.shared.domain.PlacementType;
import org.cypf.socialcare.shared.domain.ReasonCeased;

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
 * began before the records held. The codes' meanings are their value types' ({@link PlacementType},
 * {@link ReasonCeased}, {@link LegalStatus}).
 */
public record PermanenceJourney(LocalDate enteredCare, LocalDate placementOrder, LocalDate placedForAdoption,
                                LocalDate adopted, PermanentHome permanentHome, LocalDate permanentHomeFrom,
                                Long daysToPermanentHome) {

    public enum PermanentHome { ADOPTION, SPECIAL_GUARDIANSHIP, CHILD_ARRANGEMENTS_ORDER, RETURNED_HOME }

    public static PermanenceJourney of(PeriodOfCare period) {
        LocalDate entered = period.beganBeforeTheRecordsHeld() ? null : period.startDate();
        LocalDate placementOrder = period.episodes().stream().filter(e -> LegalStatus.of(e.legalStatus()).isPlacementOrder())
                .map(Episode::startDate).findFirst().orElse(null);
        LocalDate placed = period.episodes().stream().filter(e -> PlacementType.of(e.placementType()).isPlacedForAdoption())
                .map(Episode::startDate).findFirst().orElse(null);
        ReasonCeased rec = period.reasonCeased() == null ? null : ReasonCeased.of(period.reasonCeased());
        LocalDate adopted = rec != null && rec.isAdoption() ? period.endDate() : null;
        PermanentHome home = null;
        LocalDate from = null;
        if (placed != null) {
            home = PermanentHome.ADOPTION;
            from = placed;
        } else if (rec != null) {
            if (rec.isAdoption()) {
                home = PermanentHome.ADOPTION;
            } else if (rec.isSpecialGuardianship()) {
                home = PermanentHome.SPECIAL_GUARDIANSHIP;
            } else if (rec.isChildArrangementsOrder()) {
                home = PermanentHome.CHILD_ARRANGEMENTS_ORDER;
            } else if (rec.isReturnHome()) {
                home = PermanentHome.RETURNED_HOME;
            }
            from = home == null ? null : period.endDate();
        }
        Long days = entered == null || from == null ? null : ChronoUnit.DAYS.between(entered, from);
        return new PermanenceJourney(entered, placementOrder, placed, adopted, home, from, days);
    }
}

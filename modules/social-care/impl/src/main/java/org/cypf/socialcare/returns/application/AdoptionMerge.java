package org.cypf.socialcare.returns.application;

import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.permanence.domain.Permanence;
import org.cypf.socialcare.returns.domain.Ssda903File;

/**
 * The two files about adoption (AD1 and PlacedAdoption) fill the same record, a period of care's adoption: each
 * row fills what is blank and may not change what is held; what it fills must pass the adoption's own rules
 * ({@link Permanence#recordAdoption}).
 */
abstract class AdoptionMerge extends FileMerge {
    private final Ssda903File kind;
    /** The column of the file that holds the adoption's decision date. */
    private final String decisionDate;

    AdoptionMerge(Merging m, Ssda903File kind, String decisionDate) {
        super(m);
        this.kind = kind;
        this.decisionDate = decisionDate;
    }

    /** Records {@code now} as the adoption of {@code period} if the row filled anything ({@code store}). */
    final void record(int line, PeriodOfCare period, Permanence.Adoption now, boolean store) {
        if (!store) {
            m.unchanged(kind);
            return;
        }
        boolean ok = m.errors.check(m.name(kind), line, field -> switch (field) {
            case "decisionDate" -> decisionDate;
            case "matchedDate" -> "DATE_MATCH";
            case "numberOfAdopters" -> "NB_ADOPTR";
            case "sexOfAdopters" -> "SEX_ADOPTR";
            case "legalStatusOfAdopters" -> "LS_ADOPTR";
            case "decisionCeasedDate" -> "DATE_PLACED_CEASED";
            case "decisionCeasedReason" -> "REASON_PLACED_CEASED";
            default -> field;
        }, () -> m.permanence(period, m.permanenceOf(period).recordAdoption(period, now, m.today, m.codes)));
        if (ok) {
            if (m.permanenceOf(period).version() == 0) {
                m.added(kind);
            } else {
                m.changed(kind);
            }
        }
    }
}

package org.cypf.socialcare.returns.application;

import java.util.List;
import java.util.Optional;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.permanence.domain.Permanence;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.shared.domain.ReasonCeased;

/** The AD1 file: the adoption of the child's period of care that ended in the year with an adoption (E11, E12). */
final class Ad1Merge extends AdoptionMerge<Ssda903Rows.Ad1> {
    private static final NoPeriod NOT_ADOPTED = new NoPeriod("CHILD",
            "the child was not adopted in the collection year (no episode ending E11 or E12)");

    Ad1Merge(Merging m) {
        super(m, Ssda903File.AD1, "DATE_INT");
    }

    /** The AD1 columns an adoption's record leaves blank, in the file's order. */
    static List<String> missing(Permanence.Adoption a) {
        List<String> missing = new java.util.ArrayList<>();
        if (a.decisionDate() == null) {
            missing.add("DATE_INT");
        }
        if (a.matchedDate() == null) {
            missing.add("DATE_MATCH");
        }
        if (a.adoptedByFosterCarer() == null) {
            missing.add("FOSTER_CARE");
        }
        if (a.numberOfAdopters() == null) {
            missing.add("NB_ADOPTR");
        }
        if (a.sexOfAdopters() == null) {
            missing.add("SEX_ADOPTR");
        }
        if (a.legalStatusOfAdopters() == null) {
            missing.add("LS_ADOPTR");
        }
        return missing;
    }

    @Override
    List<Ssda903Rows.Ad1> rows() {
        return m.rows.ad1();
    }

    @Override
    Optional<PeriodOfCare> period(Ssda903Rows.Ad1 row, List<PeriodOfCare> held) {
        return held.stream().filter(p -> p.reasonCeased() != null && ReasonCeased.of(p.reasonCeased()).isAdoption()
                && m.year.includes(p.endDate())).reduce((x, y) -> y);
    }

    @Override
    NoPeriod noPeriod() {
        return NOT_ADOPTED;
    }

    @Override
    Permanence.Adoption filled(Ssda903Rows.Ad1 a, Permanence.Adoption was, Fill fill) {
        return new Permanence.Adoption(
                fill.of("DATE_INT", was.decisionDate(), a.dateInt()),
                fill.of("DATE_MATCH", was.matchedDate(), a.dateMatch()),
                fill.of("FOSTER_CARE", was.adoptedByFosterCarer(), a.fosterCare()),
                fill.of("NB_ADOPTR", was.numberOfAdopters(), a.numberOfAdopters()),
                fill.of("SEX_ADOPTR", was.sexOfAdopters(), a.sexOfAdopters()),
                fill.of("LS_ADOPTR", was.legalStatusOfAdopters(), a.legalStatusOfAdopters()),
                was.decisionCeasedDate(), was.decisionCeasedReason());
    }
}

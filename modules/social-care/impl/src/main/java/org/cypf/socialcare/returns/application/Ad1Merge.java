package org.cypf.socialcare.returns.application;

import org.cypf.socialcare.shared.domain.ReasonCeased;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.permanence.domain.Permanence;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.shared.domain.Child;

/** The AD1 file: the adoption of the child's period of care that ended in the year with an adoption (E11, E12). */
final class Ad1Merge extends AdoptionMerge {

    Ad1Merge(Merging m) {
        super(m, Ssda903File.AD1, "DATE_INT");
    }

    @Override
    void merge() {
        String file = m.name(Ssda903File.AD1);
        for (Ssda903Rows.Ad1 a : m.rows.ad1()) {
            Child child = m.children.get(a.child());
            PeriodOfCare period = m.periodsOf(child).stream()
                    .filter(p -> p.reasonCeased() != null && ReasonCeased.of(p.reasonCeased()).isAdoption()
                            && m.year.includes(p.endDate()))
                    .reduce((x, y) -> y).orElse(null);
            if (period == null) {
                m.errors.add(file, a.line(), "CHILD", "the child was not adopted in the collection year (no episode "
                        + "ending E11 or E12)");
                continue;
            }
            Permanence.Adoption was = m.permanenceOf(period).adoption();
            boolean[] filled = {false};
            var now = new Permanence.Adoption(
                    m.fill(file, a.line(), "DATE_INT", was.decisionDate(), a.dateInt(), filled),
                    m.fill(file, a.line(), "DATE_MATCH", was.matchedDate(), a.dateMatch(), filled),
                    m.fill(file, a.line(), "FOSTER_CARE", was.adoptedByFosterCarer(), a.fosterCare(), filled),
                    m.fill(file, a.line(), "NB_ADOPTR", was.numberOfAdopters(), a.numberOfAdopters(), filled),
                    m.fill(file, a.line(), "SEX_ADOPTR", was.sexOfAdopters(), a.sexOfAdopters(), filled),
                    m.fill(file, a.line(), "LS_ADOPTR", was.legalStatusOfAdopters(), a.legalStatusOfAdopters(), filled),
                    was.decisionCeasedDate(), was.decisionCeasedReason());
            record(a.line(), period, now, filled[0]);
        }
    }
}

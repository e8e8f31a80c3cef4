package org.cypf.socialcare.returns.application;

import java.util.List;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.permanence.domain.Permanence;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.shared.domain.Child;

/**
 * The PlacedAdoption file: the decision that the child should be placed for adoption, on the period of care that
 * included DATE_PLACED (or, for a decision made before the records held begin, the first period held after it).
 */
final class PlacedAdoptionMerge extends AdoptionMerge {

    PlacedAdoptionMerge(Merging m) {
        super(m, Ssda903File.PLACED_ADOPTION, "DATE_PLACED");
    }

    @Override
    void merge() {
        String file = m.name(Ssda903File.PLACED_ADOPTION);
        for (Ssda903Rows.PlacedAdoption p : m.rows.placedAdoption()) {
            Child child = m.children.get(p.child());
            List<PeriodOfCare> held = m.periodsOf(child);
            PeriodOfCare period = held.stream().filter(x -> x.includesDay(p.datePlaced())).findFirst()
                    .or(() -> held.stream().filter(x -> x.beganBeforeTheRecordsHeld()
                            && x.startDate().isAfter(p.datePlaced())
                            && (x.endDate() == null || !x.endDate().isBefore(m.year.from())))
                            .findFirst())
                    .orElse(null);
            if (period == null) {
                m.errors.add(file, p.line(), "DATE_PLACED", "the child was not looked after on this day");
                continue;
            }
            Permanence.Adoption was = m.permanenceOf(period).adoption();
            boolean[] filled = {false};
            var now = new Permanence.Adoption(
                    m.fill(file, p.line(), "DATE_PLACED", was.decisionDate(), p.datePlaced(), filled),
                    was.matchedDate(), was.adoptedByFosterCarer(), was.numberOfAdopters(), was.sexOfAdopters(),
                    was.legalStatusOfAdopters(),
                    m.fill(file, p.line(), "DATE_PLACED_CEASED", was.decisionCeasedDate(), p.datePlacedCeased(), filled),
                    m.fill(file, p.line(), "REASON_PLACED_CEASED", was.decisionCeasedReason(), p.reasonPlacedCeased(),
                            filled));
            record(p.line(), period, now, filled[0]);
        }
    }
}

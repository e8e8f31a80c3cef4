package org.cypf.socialcare.returns.application;

import java.util.List;
import java.util.Optional;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.permanence.domain.Permanence;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903Rows;

/**
 * The PlacedAdoption file: the decision that the child should be placed for adoption, on the period of care that
 * included DATE_PLACED (or, for a decision made before the records held begin, the first period held after it).
 */
final class PlacedAdoptionMerge extends AdoptionMerge<Ssda903Rows.PlacedAdoption> {
    private static final NoPeriod NOT_LOOKED_AFTER = new NoPeriod("DATE_PLACED",
            "the child was not looked after on this day");

    PlacedAdoptionMerge(Merging m) {
        super(m, Ssda903File.PLACED_ADOPTION, "DATE_PLACED");
    }

    @Override
    List<Ssda903Rows.PlacedAdoption> rows() {
        return m.rows.placedAdoption();
    }

    @Override
    Optional<PeriodOfCare> period(Ssda903Rows.PlacedAdoption p, List<PeriodOfCare> held) {
        return held.stream().filter(x -> x.includesDay(p.datePlaced())).findFirst()
                .or(() -> held.stream().filter(x -> x.beganBeforeTheRecordsHeld()
                        && x.startDate().isAfter(p.datePlaced())
                        && (x.endDate() == null || !x.endDate().isBefore(m.year.from())))
                        .findFirst());
    }

    @Override
    NoPeriod noPeriod() {
        return NOT_LOOKED_AFTER;
    }

    @Override
    Permanence.Adoption filled(Ssda903Rows.PlacedAdoption p, Permanence.Adoption was, Fill fill) {
        return new Permanence.Adoption(
                fill.of("DATE_PLACED", was.decisionDate(), p.datePlaced()),
                was.matchedDate(), was.adoptedByFosterCarer(), was.numberOfAdopters(), was.sexOfAdopters(),
                was.legalStatusOfAdopters(),
                fill.of("DATE_PLACED_CEASED", was.decisionCeasedDate(), p.datePlacedCeased()),
                fill.of("REASON_PLACED_CEASED", was.decisionCeasedReason(), p.reasonPlacedCeased()));
    }
}

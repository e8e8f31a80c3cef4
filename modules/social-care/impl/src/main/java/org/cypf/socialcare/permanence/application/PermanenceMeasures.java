package org.cypf.socialcare.permanence.application;

import static org.cypf.socialcare.api.measure.SocialCareMeasure.AVERAGE_DAYS_TO_PERMANENT_HOME;
import static org.cypf.socialcare.api.measure.SocialCareMeasure.CEASED_RETURNED_HOME;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCare;
import org.cypf.socialcare.permanence.domain.PermanenceJourney;
import org.cypf.socialcare.shared.application.MeasureSet;
import org.cypf.socialcare.shared.domain.ReasonCeased;

/** Returning home and reaching a permanent home: aggregates for governance (no child's record read out, none audited). */
public final class PermanenceMeasures extends MeasureSet {
    static final String RETURNED_HOME = "% of the children who ceased to be looked after in the 12 months to the date "
            + "(their latest period of care ending then; periods ending in a short break V3/V4 excluded) whose care "
            + "ended with a return home to parents or others with parental responsibility (SSDA903 REC E4A as "
            + "planned, E4B not)";
    static final String DAYS = "mean days from the day a child became looked after to the day they moved into a "
            + "permanent home, for the children who did so in the 12 months to the date: placed for adoption (the "
            + "first A3-A6 placement, DfE A10), or care ended by special guardianship (E45-E48), a child arrangements "
            + "order (E41) or a return home (E4A, E4B); periods begun before the records held are left out";

    public PermanenceMeasures(UnitOfWork unitOfWork, PeriodsOfCare periods, Clock clock) {
        super("social care", clock);
        define(CEASED_RETURNED_HOME.key(), asAt -> unitOfWork.inTransaction(() -> {
            LocalDate from = yearTo(asAt);
            Map<ChildId, PeriodOfCare> ceased = new LinkedHashMap<>();
            periods.overlapping(from, asAt).stream()
                    .filter(p -> p.endDate() != null && !p.endDate().isBefore(from) && !p.endDate().isAfter(asAt))
                    .filter(p -> !p.lastEpisode().isShortBreak())
                    .sorted(Comparator.comparing(PeriodOfCare::endDate))
                    .forEach(p -> ceased.put(p.childId(), p));
            long home = ceased.values().stream()
                    .filter(p -> ReasonCeased.of(p.reasonCeased()).isReturnHome()).count();
            return percentage(CEASED_RETURNED_HOME.key(), asAt, home, ceased.size(), RETURNED_HOME);
        }));
        define(AVERAGE_DAYS_TO_PERMANENT_HOME.key(), asAt -> unitOfWork.inTransaction(() -> {
            LocalDate from = yearTo(asAt);
            List<PermanenceJourney> reached = periods.overlapping(from, asAt).stream().map(PermanenceJourney::of)
                    .filter(j -> j.daysToPermanentHome() != null && !j.permanentHomeFrom().isBefore(from)
                            && !j.permanentHomeFrom().isAfter(asAt))
                    .toList();
            long total = reached.stream().mapToLong(PermanenceJourney::daysToPermanentHome).sum();
            return mean(AVERAGE_DAYS_TO_PERMANENT_HOME.key(), asAt, total, reached.size(), DAYS);
        }));
    }
}

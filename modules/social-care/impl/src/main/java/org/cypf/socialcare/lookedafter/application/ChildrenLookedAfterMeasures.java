package org.cypf.socialcare.lookedafter.application;

import static org.cypf.socialcare.api.measure.SocialCareMeasure.CHILDREN_LOOKED_AFTER;
import static org.cypf.socialcare.api.measure.SocialCareMeasure.CHILDREN_LOOKED_AFTER_RATE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.lookedafter.domain.LookedAfterOn;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCare;
import org.cypf.socialcare.shared.application.MeasureSet;

/**
 * Social care's measures for governance. Aggregates only: no child's record is read out, so no access is audited.
 *
 * <p>Children looked after follows the DfE's SSDA903 count "at 31 March", applied to any date, as
 * {@link LookedAfterOn} defines it (short breaks excluded). The rate is per 10,000 children aged 0-17 in the
 * configured population (ONS mid-year estimate).
 */
public final class ChildrenLookedAfterMeasures extends MeasureSet {
    static final String COUNT_DEFINITION = "SSDA903: children with " + LookedAfterOn.definition();
    private static final String RATE_DEFINITION = COUNT_DEFINITION + ", per 10,000 children aged 0-17 (population %d)";

    public ChildrenLookedAfterMeasures(UnitOfWork unitOfWork, PeriodsOfCare periods, long childPopulation, Clock clock) {
        super("social care", clock);
        if (childPopulation <= 0) {
            throw new IllegalArgumentException("the child population must be positive");
        }
        Function<LocalDate, Long> lookedAfter =
                asAt -> unitOfWork.inTransaction(() -> periods.countChildrenLookedAfter(LookedAfterOn.theDay(asAt)));
        define(CHILDREN_LOOKED_AFTER.key(), asAt -> count(CHILDREN_LOOKED_AFTER.key(), asAt, lookedAfter.apply(asAt),
                COUNT_DEFINITION));
        define(CHILDREN_LOOKED_AFTER_RATE.key(), asAt -> ratePer10000(CHILDREN_LOOKED_AFTER_RATE.key(), asAt,
                lookedAfter.apply(asAt), childPopulation, RATE_DEFINITION.formatted(childPopulation)));
    }
}

package org.cypf.socialcare.lookedafter.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.cypf.socialcare.shared.application.Measures;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.measure.Provenance;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.measure.SocialCareMeasure;
import org.cypf.socialcare.lookedafter.domain.LookedAfterOn;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCare;

/**
 * Social care's measures for governance. Aggregates only: no child's record is read out, so no access is audited.
 *
 * <p>Children looked after follows the DfE's SSDA903 count "at 31 March", applied to any date, as
 * {@link LookedAfterOn} defines it (short breaks excluded). The rate is per 10,000 children aged 0-17 in the
 * configured population (ONS mid-year estimate).
 */
public final class ChildrenLookedAfterMeasures implements MeasureSource {
    static final String COUNT_DEFINITION = "SSDA903: children with " + LookedAfterOn.definition();
    private static final String RATE_DEFINITION = COUNT_DEFINITION + ", per 10,000 children aged 0-17 (population %d)";

    private final UnitOfWork unitOfWork;
    private final PeriodsOfCare periods;
    private final long childPopulation;
    private final Clock clock;

    public ChildrenLookedAfterMeasures(UnitOfWork unitOfWork, PeriodsOfCare periods, long childPopulation, Clock clock) {
        if (childPopulation <= 0) {
            throw new IllegalArgumentException("the child population must be positive");
        }
        this.unitOfWork = unitOfWork;
        this.periods = periods;
        this.childPopulation = childPopulation;
        this.clock = clock;
    }

    @Override
    public Set<String> measureKeys() {
        return Set.of(SocialCareMeasure.CHILDREN_LOOKED_AFTER.key(), SocialCareMeasure.CHILDREN_LOOKED_AFTER_RATE.key());
    }

    @Override
    public MeasureValue compute(String measureKey, LocalDate asAt) {
        long count = unitOfWork.inTransaction(() -> periods.countChildrenLookedAfter(LookedAfterOn.theDay(asAt)));
        if (measureKey.equals(SocialCareMeasure.CHILDREN_LOOKED_AFTER.key())) {
            return new MeasureValue(measureKey, asAt, BigDecimal.valueOf(count), null, null,
                    new Provenance(Measures.SOURCE, COUNT_DEFINITION, clock.instant()));
        }
        if (measureKey.equals(SocialCareMeasure.CHILDREN_LOOKED_AFTER_RATE.key())) {
            BigDecimal rate = BigDecimal.valueOf(count * 10_000L)
                    .divide(BigDecimal.valueOf(childPopulation), 1, RoundingMode.HALF_UP);
            return new MeasureValue(measureKey, asAt, rate, count, childPopulation,
                    new Provenance(Measures.SOURCE, RATE_DEFINITION.formatted(childPopulation),
                            clock.instant()));
        }
        throw new NotFound("social care computes no measure " + measureKey);
    }
}

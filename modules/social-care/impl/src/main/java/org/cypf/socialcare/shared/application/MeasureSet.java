package org.cypf.socialcare.shared.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.measure.Provenance;
import org.cypf.kernel.measure.MeasureComputations;

/**
 * Social care's measures for governance, computed as the kernel's {@link MeasureComputations} say (ADR 0054): this class
 * only makes each value a {@link MeasureValue} whose provenance names social care, the definition and when it was
 * computed. Aggregates only: no child's record is read out, so no access is audited.
 */
public abstract class MeasureSet extends MeasureComputations<MeasureValue> implements MeasureSource {
    /** Social care as the source named in a measure's provenance. */
    public static final String SOURCE = "social-care";

    private final Clock clock;

    /** @param who who computes the measures, for the problem an unknown key gives */
    protected MeasureSet(String who, Clock clock) {
        super(who);
        this.clock = clock;
    }

    @Override
    protected final MeasureValue value(String key, LocalDate asAt, BigDecimal value, Long numerator, Long denominator,
                                       String definition) {
        return new MeasureValue(key, asAt, value, numerator, denominator,
                new Provenance(SOURCE, definition, clock.instant()));
    }
}

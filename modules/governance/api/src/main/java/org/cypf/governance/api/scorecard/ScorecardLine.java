package org.cypf.governance.api.scorecard;

import java.math.BigDecimal;
import java.util.List;
import org.cypf.governance.api.measure.Provenance;

/**
 * One measure on the scorecard.
 *
 * @param value       null when no value is available (then {@code dataQuality} says why)
 * @param dataQuality flags such as {@code MISSING} or {@code SOURCE_UNAVAILABLE}; empty when the value is sound
 */
public record ScorecardLine(String measureId, String title, String unit, String polarity, String outcome,
                            BigDecimal value, Long numerator, Long denominator, Provenance provenance,
                            List<String> dataQuality) {
    public ScorecardLine {
        dataQuality = List.copyOf(dataQuality);
    }
}

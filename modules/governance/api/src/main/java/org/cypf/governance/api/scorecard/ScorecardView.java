package org.cypf.governance.api.scorecard;

import java.time.LocalDate;
import java.util.List;

public record ScorecardView(LocalDate asAt, List<ScorecardLine> measures) {
    public ScorecardView {
        measures = List.copyOf(measures);
    }
}

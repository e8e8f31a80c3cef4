package org.cypf.governance.api.scorecard;

import java.time.LocalDate;

/** The partnership's scorecard: each strategic measure's value on a date, with where it came from. */
public interface Scorecards {
    ScorecardView scorecard(LocalDate asAt);
}

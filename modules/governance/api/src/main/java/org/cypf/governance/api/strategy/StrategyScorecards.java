package org.cypf.governance.api.strategy;

import java.time.LocalDate;

/** What a board sees: the scorecard, the programme's state and the board pack for a meeting. */
public interface StrategyScorecards {

    /** Every measure's latest value, baseline, target, benchmark, direction, RAG and data quality on {@code asAt}. */
    StrategyScorecardView scorecard(String strategyId, LocalDate asAt, Grouping grouping);

    /** Projects by status, milestones overdue on {@code asAt}, risks scoring more than {@code riskScoreAbove}. */
    ProgrammeView programme(String strategyId, LocalDate asAt, int riskScoreAbove);

    enum Grouping { OUTCOME, AREA }
}

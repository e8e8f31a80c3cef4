package org.cypf.governance.api.strategy;

import java.time.LocalDate;

/** What a board sees: the scorecard, the programme's state and the board pack for a meeting. */
public interface StrategyScorecards {

    /** Every measure's latest value, baseline, target, benchmark, direction, RAG and data quality on {@code asAt}. */
    StrategyScorecardView scorecard(String strategyId, LocalDate asAt, Grouping grouping);

    /** Projects by status, milestones overdue on {@code asAt}, risks scoring more than {@code riskScoreAbove}. */
    ProgrammeView programme(String strategyId, LocalDate asAt, int riskScoreAbove);

    /**
     * The pack for a board's meeting on {@code date}: the meeting and the one before it, the scorecard and the
     * programme as at that date, and the exception report with owners.
     *
     * @throws org.cypf.kernel.problem.NotFound when the strategy has no such board
     */
    BoardPackView boardPack(String strategyId, String boardId, LocalDate date);

    /**
     * The items linked to {@code item} ({@code kind/id}) in the strategy's linkage table, either way round, each
     * written {@code kind/id}, in the table's order.
     */
    java.util.List<String> linked(String strategyId, String item);

        enum Grouping { OUTCOME, AREA }
}

package org.cypf.governance.api.strategy;

import java.util.List;
import org.cypf.governance.api.access.Caller;

/**
 * Loading and editing strategies. Every change is validated as a whole document (references, units, periods)
 * before anything is stored, takes the version the caller read (optimistic locking) and is audited.
 */
public interface Strategies {

    /** Stores a new strategy, its measures' observations included. */
    StrategySummary load(Caller caller, StrategyDocument document);

    /** Replaces a strategy's definitions; observations in the document are added (same measure and date: replaced). */
    StrategySummary replace(Caller caller, String strategyId, StrategyDocument document, long version);

    /** Replaces one item of one section (a measure, priority, risk, project, action or board) by its id. */
    StrategySummary edit(Caller caller, String strategyId, StrategyEdit edit, long version);

    /** The strategy's definitions as stored (observations are read through {@link MeasureObservations}). */
    /**
     * Writes the owner's commentary on one period of a measure (the story behind the figure, the rating the owner
     * reports and the actions taken), replacing the commentary held for the same period (its {@code asAt}, or the end
     * of its {@code periodLabel}). Only the owner's users or the performance team write an owned measure's
     * commentary (ADR 0025, 0027); the author is the caller unless named. A new version of the strategy.
     */
    StrategySummary writeCommentary(Caller caller, String strategyId, String measureId,
                                    StrategyDocument.Commentary commentary);

    StoredStrategy strategy(String strategyId);

    List<StrategySummary> strategies();

    /** Who changed the strategy when, most recent first. */
    List<StrategyChange> changes(String strategyId);
}

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
    StoredStrategy strategy(String strategyId);

    List<StrategySummary> strategies();

    /** Who changed the strategy when, most recent first. */
    List<StrategyChange> changes(String strategyId);
}

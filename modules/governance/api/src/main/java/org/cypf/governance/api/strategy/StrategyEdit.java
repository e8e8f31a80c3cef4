package org.cypf.governance.api.strategy;

/** One item of a strategy replaced by its id; the item's own id must equal the id it replaces. */
public sealed interface StrategyEdit {
    String itemId();

    record Measure(String itemId, StrategyDocument.MeasureSpec item) implements StrategyEdit {}

    record Priority(String itemId, StrategyDocument.Priority item) implements StrategyEdit {}

    record Risk(String itemId, StrategyDocument.Risk item) implements StrategyEdit {}

    record Project(String itemId, StrategyDocument.Project item) implements StrategyEdit {}

    record Action(String itemId, StrategyDocument.Action item) implements StrategyEdit {}

    record Board(String itemId, StrategyDocument.Board item) implements StrategyEdit {}
}

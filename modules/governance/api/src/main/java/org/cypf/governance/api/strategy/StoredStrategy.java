package org.cypf.governance.api.strategy;

/** A strategy's definitions (without observations) and its version. */
public record StoredStrategy(StrategyDocument document, long version) {}

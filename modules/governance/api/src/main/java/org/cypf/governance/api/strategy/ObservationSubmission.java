package org.cypf.governance.api.strategy;

/** One submitted value of one measure. */
public record ObservationSubmission(String measureId, StrategyDocument.Observation observation) {}

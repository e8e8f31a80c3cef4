package org.cypf.governance.api.strategy;

import java.time.Instant;

/** One audited change: who, from which organisation, what, to which version, when. */
public record StrategyChange(long version, String change, String userId, String organisation, Instant at) {}

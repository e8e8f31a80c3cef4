package canary.ctx09.governance.api.strategy;

import canary.ctx09.governance.api.access.Caller;

/** Governance's own use case: not part of the oversight language every context speaks. */
public interface Strategies {
    void edit(Caller caller, String strategyId);
}

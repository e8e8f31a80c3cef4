package canary.access01.governance.strategy.application;

import canary.access01.governance.api.access.Caller;

/** Exempt: governance's own use cases act on strategies, not on a child's record. */
public class StrategyService {
    public String edit(Caller caller, String strategyId) {
        return strategyId;
    }
}

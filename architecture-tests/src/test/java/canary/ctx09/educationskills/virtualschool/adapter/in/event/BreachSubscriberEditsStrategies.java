package canary.ctx09.educationskills.virtualschool.adapter.in.event;

import canary.ctx09.governance.api.access.Caller;
import canary.ctx09.governance.api.strategy.Strategies;

/** Breach: governance's strategies are governance's own use case, not the oversight language every context speaks. */
public class BreachSubscriberEditsStrategies {
    public void on(Strategies strategies, Caller caller) {
        strategies.edit(caller, "best-start");
    }
}

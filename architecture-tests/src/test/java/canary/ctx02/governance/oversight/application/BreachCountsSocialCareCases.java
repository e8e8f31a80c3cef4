package canary.ctx02.governance.oversight.application;

import canary.ctx02.socialcare.api.CaseView;
import java.util.List;

/** Breach: governance names a service context (even through its api); the app must wire measures instead. */
public class BreachCountsSocialCareCases {
    public int count(List<CaseView> cases) {
        return cases.size();
    }
}

package canary.access01.socialcare.casework.application;

import canary.access01.governance.api.access.Caller;
import java.util.List;

/** Breach: use cases that take a caller but never go through the access port in their own class. */
public class BreachCaseListing {
    private final CaseChecks checks;

    BreachCaseListing(CaseChecks checks) {
        this.checks = checks;
    }

    public List<String> cases(Caller caller, List<String> children) {
        return List.copyOf(children);
    }

    public String viaAnotherClass(Caller caller, String child) {
        checks.check(caller, child);
        return child;
    }
}

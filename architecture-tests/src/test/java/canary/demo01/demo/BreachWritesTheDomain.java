package canary.demo01.demo;

import canary.demo01.socialcare.api.CaseView;
import canary.demo01.socialcare.casework.domain.Case;

/** Breach: the demo data generator makes a context's domain object itself instead of calling the context's api. */
public class BreachWritesTheDomain {
    public CaseView write() {
        return new CaseView(new Case().status());
    }
}

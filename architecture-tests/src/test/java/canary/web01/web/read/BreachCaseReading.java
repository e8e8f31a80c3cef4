package canary.web01.web.read;

import canary.web01.socialcare.api.CaseView;
import canary.web01.socialcare.casework.domain.Case;

/** Breach: a page reads a context's domain instead of its api. */
public class BreachCaseReading {
    public CaseView read(Case c) {
        return new CaseView(c.status());
    }
}

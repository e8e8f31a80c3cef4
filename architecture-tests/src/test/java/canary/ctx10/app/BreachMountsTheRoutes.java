package canary.ctx10.app;

import canary.ctx10.socialcare.casework.adapter.in.http.CaseRoutes;

/** Breach: the application reaches into social care's web adapter. */
public class BreachMountsTheRoutes {
    public String prefix() {
        return CaseRoutes.PREFIX + new CaseRoutes();
    }
}

package canary.ctx10.app;

import canary.ctx10.socialcare.casework.adapter.in.http.CaseRoutes;

/**
 * Breach: the application reads a constant of social care's web adapter. The compiler copies the constant in, so the
 * compiled class names no adapter; only the source's import shows the reach.
 */
public class BreachReadsTheRoutePrefix {
    public String prefix() {
        return CaseRoutes.PREFIX;
    }
}

package canary.ctx06.platform.events;

import canary.ctx06.socialcare.api.CaseOpened;

/** Breach: the platform names a business event of one context. */
public class BreachDispatcherKnowsSocialCare {
    public String route(CaseOpened event) {
        return event.caseId();
    }
}

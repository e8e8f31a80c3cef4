package canary.ctx05.socialcare.casework.adapter.in.http;

import canary.ctx05.socialcare.SocialCareContext;

/** Breach: an adapter uses the assembly class that only the app may use. */
public class BreachBuildsItsOwnContext {
    public Object wire() {
        return new SocialCareContext();
    }
}

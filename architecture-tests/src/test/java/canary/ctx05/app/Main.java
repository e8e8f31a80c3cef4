package canary.ctx05.app;

import canary.ctx05.socialcare.SocialCareContext;

/** Allowed: the composition root builds the context. */
public class Main {
    public Object wire() {
        return new SocialCareContext();
    }
}

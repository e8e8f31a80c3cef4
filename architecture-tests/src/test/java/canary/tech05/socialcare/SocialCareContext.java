package canary.tech05.socialcare;

import canary.tech05.platform.db.ContextDatabase;

/** Allowed: the assembly class is handed its database; it does not open it. */
public class SocialCareContext {
    public SocialCareContext(ContextDatabase database) {
    }
}

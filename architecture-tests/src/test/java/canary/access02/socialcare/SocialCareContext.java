package canary.access02.socialcare;

import canary.access02.governance.api.access.ChildRecordAccess;
import canary.access02.governance.api.access.ContextRecordAccess;

/** Allowed: the assembly class binds governance's port to the name it states. */
public class SocialCareContext {
    public static final String NAME = "social-care";

    public SocialCareContext(ChildRecordAccess governance) {
        ContextRecordAccess access = governance.boundTo(NAME);
    }
}

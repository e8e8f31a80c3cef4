package canary.ctx10.app;

import canary.ctx10.socialcare.SocialCareContext;
import canary.ctx10.socialcare.api.lookedafter.ChildrenLookedAfter;

/** Allowed: the application uses the assembly class and the api. */
public class Main {
    public long wire() {
        SocialCareContext socialCare = new SocialCareContext();
        ChildrenLookedAfter children = socialCare.childrenLookedAfter();
        return children.count() + SocialCareContext.PATH.length();
    }
}

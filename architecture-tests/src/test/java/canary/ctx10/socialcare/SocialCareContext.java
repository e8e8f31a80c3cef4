package canary.ctx10.socialcare;

import canary.ctx10.socialcare.api.lookedafter.ChildrenLookedAfter;

/** The assembly class: what the application may use, with the api. */
public class SocialCareContext {
    public static final String PATH = "/social-care";

    public ChildrenLookedAfter childrenLookedAfter() {
        return null;
    }

    public Object http() {
        return new canary.ctx10.socialcare.casework.adapter.in.http.CaseRoutes();
    }
}

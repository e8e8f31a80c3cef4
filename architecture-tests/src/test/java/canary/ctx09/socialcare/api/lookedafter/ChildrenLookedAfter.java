package canary.ctx09.socialcare.api.lookedafter;

import canary.ctx09.governance.api.access.Caller;

/** Social care's own use case: for social care's users, not for another context. */
public interface ChildrenLookedAfter {
    void start(Caller caller, StartCare command);
}

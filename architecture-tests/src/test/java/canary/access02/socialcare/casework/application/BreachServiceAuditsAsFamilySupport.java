package canary.access02.socialcare.casework.application;

import canary.access02.governance.api.access.AccessIntent;
import canary.access02.governance.api.access.Caller;
import canary.access02.governance.api.access.ChildRecordAccess;

/** Breach: a use case holds governance's unbound port and writes a context's name of its choosing. */
public class BreachServiceAuditsAsFamilySupport {
    private final ChildRecordAccess access;

    public BreachServiceAuditsAsFamilySupport(ChildRecordAccess access) {
        this.access = access;
    }

    public void read(Caller caller, String child) {
        access.authorise(caller, new AccessIntent("family-support", "case", "reading a case"), child);
    }
}

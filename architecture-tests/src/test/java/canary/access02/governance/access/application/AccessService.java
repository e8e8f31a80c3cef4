package canary.access02.governance.access.application;

import canary.access02.governance.api.access.AccessIntent;
import canary.access02.governance.api.access.Caller;
import canary.access02.governance.api.access.ChildRecordAccess;

/** Exempt: governance implements the port. */
public class AccessService implements ChildRecordAccess {
    @Override
    public void authorise(Caller caller, AccessIntent intent, String child) {
    }
}

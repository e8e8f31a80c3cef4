package canary.access02.socialcare.casework.application;

import canary.access02.governance.api.access.Caller;
import canary.access02.governance.api.access.ContextRecordAccess;
import canary.access02.governance.api.access.RecordIntent;

/** Allowed: a use case goes through the port bound to its context's name. */
public class CaseService {
    private final ContextRecordAccess access;

    public CaseService(ContextRecordAccess access) {
        this.access = access;
    }

    public void read(Caller caller, String child) {
        access.authorise(caller, new RecordIntent("case", "reading a case"), child);
    }
}

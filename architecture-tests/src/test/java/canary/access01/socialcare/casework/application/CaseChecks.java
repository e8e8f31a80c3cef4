package canary.access01.socialcare.casework.application;

import canary.access01.governance.api.access.Caller;
import canary.access01.governance.api.access.ContextRecordAccess;
import canary.access01.governance.api.access.RecordIntent;

/** A helper of another class: reaching it does not count for the use case that calls it. */
final class CaseChecks {
    private final ContextRecordAccess access;

    CaseChecks(ContextRecordAccess access) {
        this.access = access;
    }

    void check(Caller caller, String child) {
        access.authorise(caller, new RecordIntent("case", "reading a case"), child);
    }
}

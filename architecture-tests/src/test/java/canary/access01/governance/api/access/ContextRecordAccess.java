package canary.access01.governance.api.access;

import java.util.Collection;

public interface ContextRecordAccess {
    void authorise(Caller caller, RecordIntent intent, String child);

    void authoriseAll(Caller caller, RecordIntent intent, Collection<String> children);
}

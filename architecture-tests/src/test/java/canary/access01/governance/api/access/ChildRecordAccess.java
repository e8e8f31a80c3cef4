package canary.access01.governance.api.access;

public interface ChildRecordAccess {
    void authorise(Caller caller, AccessIntent intent, String child);

    default ContextRecordAccess boundTo(String context) {
        return null;
    }
}

package canary.layer04.governance.api;

public interface AuditTrail {
    void record(String what);
}

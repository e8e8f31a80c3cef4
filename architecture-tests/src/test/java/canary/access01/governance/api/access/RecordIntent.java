package canary.access01.governance.api.access;

public record RecordIntent(String recordType, String purpose) {}

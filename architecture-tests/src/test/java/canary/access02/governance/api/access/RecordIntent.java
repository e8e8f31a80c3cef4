package canary.access02.governance.api.access;

public record RecordIntent(String recordType, String purpose) {}

package canary.access01.governance.api.access;

public record AccessIntent(String context, String recordType, String purpose) {}

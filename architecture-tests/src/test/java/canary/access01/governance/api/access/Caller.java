package canary.access01.governance.api.access;

public record Caller(String userId, String organisation) {}

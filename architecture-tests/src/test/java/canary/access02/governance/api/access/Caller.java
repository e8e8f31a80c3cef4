package canary.access02.governance.api.access;

public record Caller(String userId, String organisation) {}

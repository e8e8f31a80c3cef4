package canary.ctx09.governance.api.access;

public record Caller(String userId, String organisation) {}

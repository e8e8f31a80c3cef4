package canary.api03.kernel.identity;

public record FamilyId(String value) {}

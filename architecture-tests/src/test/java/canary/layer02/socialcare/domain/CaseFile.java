package canary.layer02.socialcare.domain;

public record CaseFile(String id) {}

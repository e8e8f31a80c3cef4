package canary.layer02.socialcare.casework.domain;

public record CaseFile(String id) {}

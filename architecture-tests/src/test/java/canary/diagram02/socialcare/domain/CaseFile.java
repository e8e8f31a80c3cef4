package canary.diagram02.socialcare.domain;

public record CaseFile(String id) {}

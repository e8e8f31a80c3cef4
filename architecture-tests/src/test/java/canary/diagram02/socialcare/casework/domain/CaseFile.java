package canary.diagram02.socialcare.casework.domain;

public record CaseFile(String id) {}

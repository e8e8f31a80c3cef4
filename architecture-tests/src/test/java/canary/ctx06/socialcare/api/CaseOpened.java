package canary.ctx06.socialcare.api;

public record CaseOpened(String caseId) {}

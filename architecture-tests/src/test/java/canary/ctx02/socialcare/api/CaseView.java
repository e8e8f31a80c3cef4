package canary.ctx02.socialcare.api;

public record CaseView(String id) {}

package canary.api01.socialcare.api;

public record CaseView(String id) {}

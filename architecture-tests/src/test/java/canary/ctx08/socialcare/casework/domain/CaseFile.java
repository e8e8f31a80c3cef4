package canary.ctx08.socialcare.casework.domain;

public record CaseFile(String id) {}

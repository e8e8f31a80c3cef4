package canary.ctx09.socialcare.api.query;

public record CareStatus(String childId, boolean lookedAfter, Placement placement) {}

package canary.ctx09.socialcare.api.lookedafter;

public record StartCare(String childId) {}

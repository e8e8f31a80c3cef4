package canary.layer04.socialcare.api;

public record ChildBecameLookedAfter(String childId) {}

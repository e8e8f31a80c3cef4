package canary.diagram01.socialcare.api;

public record ChildBecameLookedAfter(String childId) {}

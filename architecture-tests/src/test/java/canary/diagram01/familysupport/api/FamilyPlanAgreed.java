package canary.diagram01.familysupport.api;

public record FamilyPlanAgreed(String familyId) {}

package canary.layer04.educationskills.domain;

public record VirtualSchoolRoll(String childId) {}

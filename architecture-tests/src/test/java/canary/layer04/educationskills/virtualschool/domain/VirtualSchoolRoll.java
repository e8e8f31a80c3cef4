package canary.layer04.educationskills.virtualschool.domain;

public record VirtualSchoolRoll(String childId) {}

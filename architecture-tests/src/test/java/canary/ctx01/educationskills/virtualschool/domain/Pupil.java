package canary.ctx01.educationskills.virtualschool.domain;

public record Pupil(String name) {}

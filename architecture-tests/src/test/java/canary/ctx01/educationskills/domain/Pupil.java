package canary.ctx01.educationskills.domain;

public record Pupil(String name) {}

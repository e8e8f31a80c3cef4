package canary.layer07.socialcare.shared.domain;

/** Allowed: what the capabilities share; every capability may use it. */
public record Child(String id) {}

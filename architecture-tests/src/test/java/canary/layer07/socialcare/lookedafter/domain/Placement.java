package canary.layer07.socialcare.lookedafter.domain;

import canary.layer07.socialcare.shared.domain.Child;

/** Allowed: a capability uses the shared capability. */
public record Placement(Child child, String carer) {}

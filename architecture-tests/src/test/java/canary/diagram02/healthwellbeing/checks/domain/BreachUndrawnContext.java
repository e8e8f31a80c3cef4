package canary.diagram02.healthwellbeing.checks.domain;

/** Breach: health and wellbeing is missing from this canary's diagram (canary/diagram02/modules.puml). */
public record BreachUndrawnContext(String id) {}

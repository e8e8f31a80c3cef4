package canary.layer02.socialcare.domain;

/** Breach: the old layer-first shape (socialcare.domain), which reads as a capability named after a layer. */
public record BreachLayerFirstCaseFile(String id) {}

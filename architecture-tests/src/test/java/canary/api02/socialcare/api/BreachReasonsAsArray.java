package canary.api02.socialcare.api;

/** Breach: a record whose array component anyone can overwrite. */
public record BreachReasonsAsArray(String[] reasons) {}

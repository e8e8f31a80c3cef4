package org.cypf.healthwellbeing.api.childhealth;

/** What an import stored: the kind, the rows read, those added, and those already held (imported before). */
public record ChildHealthImported(String kind, int rows, int added, int alreadyHeld) {}

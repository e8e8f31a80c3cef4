package org.cypf.healthwellbeing.api.send;

import java.util.UUID;

/**
 * One finding of the SEN2 validation: {@code rule} its id (SEN2-V01...: CYPF's own ids, not the DfE's rule numbers;
 * ADR 0057 lists each with the DfE item it checks), {@code severity} ERROR (the DfE would reject the return) or QUERY
 * (to be explained before it is signed off), the child and request it is about, the SEN2 {@code item} and what is
 * wrong.
 */
public record Sen2Issue(String rule, String severity, String childId, UUID requestId, String item, String message) {}

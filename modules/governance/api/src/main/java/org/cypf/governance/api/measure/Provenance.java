package org.cypf.governance.api.measure;

import java.time.Instant;

/**
 * Where a value came from: which context computed it, by which published definition, when.
 *
 * @param definition the definition the value follows, in words (e.g. the DfE's SSDA903 counting rule)
 */
public record Provenance(String context, String definition, Instant computedAt) {}

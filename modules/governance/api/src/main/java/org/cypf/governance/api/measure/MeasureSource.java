package org.cypf.governance.api.measure;

import java.time.LocalDate;
import java.util.Set;

/**
 * Implemented by a context for governance: computes strategic measures from the context's own records.
 * Governance binds a strategy's measure to a source key (data, not code), so governance never names a context.
 */
public interface MeasureSource {

    /** The keys this source computes, e.g. {@code social-care.children-looked-after}. */
    Set<String> measureKeys();

    /** The measure's value on {@code asAt}; the result carries its provenance. */
    MeasureValue compute(String measureKey, LocalDate asAt);
}

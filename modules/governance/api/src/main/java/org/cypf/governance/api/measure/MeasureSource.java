package org.cypf.governance.api.measure;

import java.time.LocalDate;
import java.util.List;
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

    /**
     * The measure's values on each of {@code dates}, in the same order (a scorecard asks for its date and a year
     * earlier, for the direction of travel). A source may answer them together, in one unit of work or one query for
     * every date (ADR 0079); each value carries its provenance exactly as {@link #compute} gives it. The default asks
     * {@link #compute} for each date.
     */
    default List<MeasureValue> computeOn(String measureKey, List<LocalDate> dates) {
        return dates.stream().map(asAt -> compute(measureKey, asAt)).toList();
    }
}

package org.cypf.governance.scorecard.domain;

/**
 * A strategic measure the partnership reports on.
 *
 * @param computedBy the measure-source key whose value it reports, when a context computes it; null when submitted
 */
public record Measure(String id, String title, String unit, String polarity, String outcome, String computedBy,
                      String definition) {
    public boolean isComputed() {
        return computedBy != null;
    }
}

package org.cypf.web.model;

import java.util.List;

/** A measure's own page: its card, definition, provenance, commentary, owner and history. */
public record MeasurePage(MeasureCard card, String strategyTitle, String definition, String unit, String polarity,
                          String frequency, String source, String provenance, List<String> commentary, String owner,
                          List<HistoryRow> history, String largeTrendSvg) {
    public MeasurePage {
        commentary = List.copyOf(commentary);
        history = List.copyOf(history);
    }

    public record HistoryRow(String asAt, String period, String breakdown, String value, String status, String source,
                             String submittedBy) {}
}

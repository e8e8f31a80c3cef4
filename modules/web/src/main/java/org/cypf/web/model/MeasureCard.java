package org.cypf.web.model;

import java.util.List;

/**
 * One measure as a card shows it, every value already in words.
 *
 * @param rag        RED, AMBER, GREEN or NONE (the colour's class)
 * @param ragText    the RAG in words, shown with the colour (never colour alone)
 * @param trendSvg   the trend chart, server-side SVG (escaped when built)
 * @param exception  why it is an exception (off track, missing, stale), or null
 */
public record MeasureCard(String strategyId, String measureId, String title, String outcomeId, String outcomeName,
                          String area, List<String> priorities, String owner, String latest, String latestDate,
                          String target, String england, String rag, String ragText, String direction,
                          List<String> dataQuality, String trendSvg, String exception) {
    public MeasureCard {
        priorities = List.copyOf(priorities);
        dataQuality = List.copyOf(dataQuality);
    }

    /** The GOV.UK tag's colour for the RAG. */
    public String tagClass() {
        return switch (rag) {
            case "RED" -> "govuk-tag--red";
            case "AMBER" -> "govuk-tag--orange";
            case "GREEN" -> "govuk-tag--green";
            default -> "govuk-tag--grey";
        };
    }
}

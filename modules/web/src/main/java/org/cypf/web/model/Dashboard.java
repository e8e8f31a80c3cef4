package org.cypf.web.model;

import java.util.List;

/** A strategy's dashboard on a date: its outcomes with their cards, and the choices its filters offer. */
public record Dashboard(String strategyId, String title, String partnership, String asAt, List<Outcome> outcomes,
                        List<Choice> outcomeChoices, List<Choice> priorityChoices, List<Choice> areaChoices,
                        List<Choice> ownerChoices, Filter filter, int red, int amber, int green, int none) {
    public Dashboard {
        outcomes = List.copyOf(outcomes);
        outcomeChoices = List.copyOf(outcomeChoices);
        priorityChoices = List.copyOf(priorityChoices);
        areaChoices = List.copyOf(areaChoices);
        ownerChoices = List.copyOf(ownerChoices);
    }

    public record Outcome(String id, String name, List<MeasureCard> cards) {
        public Outcome {
            cards = List.copyOf(cards);
        }
    }

    /** A value a filter may take, and its label. */
    public record Choice(String value, String label) {}

    /** The filters chosen; null where not chosen. */
    public record Filter(String outcome, String priority, String area, String owner) {
        public static final Filter NONE = new Filter(null, null, null, null);

        public boolean keeps(MeasureCard card) {
            return (outcome == null || outcome.equals(card.outcomeId()))
                    && (priority == null || card.priorities().contains(priority))
                    && (area == null || area.equals(card.area()))
                    && (owner == null || owner.equals(card.owner()));
        }
    }
}

package org.cypf.web.model;

import java.util.List;

/**
 * A board meeting's pack: agenda, exceptions first, the scorecard by outcome (a printed page each), the programme
 * (projects by status, overdue milestones), red risks, and the meeting's decisions and actions.
 */
public record BoardPack(String strategyId, String title, String partnership, String meeting, String board,
                        List<String> agenda, List<MeasureCard> exceptions, List<Dashboard.Outcome> outcomes,
                        List<Row> projectsByStatus, List<Row> overdueMilestones, List<Row> redRisks,
                        List<String> decisions, List<Row> actions) {
    public BoardPack {
        agenda = List.copyOf(agenda);
        exceptions = List.copyOf(exceptions);
        outcomes = List.copyOf(outcomes);
        projectsByStatus = List.copyOf(projectsByStatus);
        overdueMilestones = List.copyOf(overdueMilestones);
        redRisks = List.copyOf(redRisks);
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
    }

    /** A row of a table, cell by cell, as text. */
    public record Row(List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}

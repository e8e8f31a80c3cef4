package org.cypf.governance.api.strategy;

import java.time.LocalDate;
import java.util.List;

/**
 * What a board meeting reads: the meeting (its agenda, decisions and action log) and the board's previous meeting,
 * the scorecard and programme as at the meeting's date, and the exception report: measures off track, overdue
 * milestones and red risks, each with its owner.
 *
 * @param meeting  this meeting; null when the pack is asked for a date on which the board does not meet
 * @param previous the board's meeting before this one, for its decisions and the actions carried forward
 */
public record BoardPackView(String strategyId, String boardId, String boardName, LocalDate date, Meeting meeting,
                            Meeting previous, StrategyScorecardView scorecard, ProgrammeView programme,
                            List<Exception> exceptions) {
    public BoardPackView {
        exceptions = List.copyOf(exceptions);
    }

    public record Meeting(LocalDate date, List<String> agenda, List<String> decisions, List<Action> actions) {
        public Meeting {
            agenda = List.copyOf(agenda);
            decisions = List.copyOf(decisions);
            actions = List.copyOf(actions);
        }
    }

    /** An action of the log: OPEN, DONE or DROPPED; overdue when open past its due date on the meeting's date. */
    public record Action(String title, String owner, LocalDate due, String status, boolean overdue) {}

    /**
     * One exception: {@code kind} MEASURE (rated RED), MILESTONE (overdue) or RISK (scoring 15 or more); what it
     * is, why it is an exception, and its owner (a measure's owner, a project's senior responsible owner, a risk's
     * owner; null when the strategy names none).
     */
    public record Exception(String kind, String id, String title, String reason, String owner) {}
}

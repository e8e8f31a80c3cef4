package org.cypf.web.model;

import java.util.List;

/**
 * One statutory clock's queue: what is due, for which child, by when.
 *
 * @param clock     the timescale in words (e.g. "1 working day from receipt")
 * @param teams     the whole queue counted per team by its context's query (ADR 0096), not only the page shown
 * @param refused   why the user may not see this queue, or null when they may
 * @param total     how many the queue holds for this user; more than {@code items} when only one page is shown
 * @param page      the page shown, from 1
 * @param size      how many rows a page of this queue holds
 */
public record WorkQueue(String id, String title, String context, String clock, List<Item> items,
                        List<TeamCount> teams, String refused, long total, int page, int size) {
    public WorkQueue {
        items = List.copyOf(items);
        teams = List.copyOf(teams);
    }

    /** Whether the queue holds more than the page shown. */
    public boolean partial() {
        return total > items.size();
    }

    /** How many pages the queue fills (at least one). */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The position of the first row shown, from 1 (0 when the page is empty). */
    public long first() {
        return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long last() {
        return (long) (page - 1) * size + items.size();
    }

    public long overdue() {
        return items.stream().filter(i -> i.daysLeft() < 0).count();
    }

    /**
     * @param daysLeft calendar days to the due date; negative when overdue
     */
    public record Item(String childId, String childLabel, String what, String dueDate, long daysLeft, String team) {
        public String daysText() {
            if (daysLeft < 0) {
                return -daysLeft + (daysLeft == -1 ? " day overdue" : " days overdue");
            }
            if (daysLeft == 0) {
                return "Due today";
            }
            return daysLeft + (daysLeft == 1 ? " day left" : " days left");
        }

        public String tagClass() {
            return daysLeft < 0 ? "govuk-tag--red" : daysLeft <= 2 ? "govuk-tag--orange" : "govuk-tag--green";
        }
    }

    public record TeamCount(String team, long items, long overdue) {}
}

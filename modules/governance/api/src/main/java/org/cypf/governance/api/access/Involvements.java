package org.cypf.governance.api.access;

import java.util.List;
import java.util.UUID;

/**
 * Who is involved with a child, and the review of break-glass uses (ADR 0032). Involvements are recorded by a team
 * manager (who allocates work); they and auditors list them. Break-glass uses are listed and closed, with a note, by a
 * named reviewer holding {@value #TEAM_MANAGER_ROLE} or {@value AccessAudit#AUDITOR_ROLE}, never by the person who
 * broke glass. Lists are paged, at most {@value #MAX_PAGE_SIZE} a page.
 */
public interface Involvements {
    String TEAM_MANAGER_ROLE = "team-manager";
    int MAX_PAGE_SIZE = 100;
    int DEFAULT_PAGE_SIZE = 20;

    Involvement record(Caller caller, NewInvolvement involvement);

    Page<Involvement> involvements(Caller caller, UUID childId, int page, int size);

    /**
     * The team each child is allocated to on {@code date}, for counting a work queue per team (ADR 0096): for those
     * who may list involvements (a team manager, an auditor); {@link org.cypf.kernel.problem.AccessDenied} for anyone
     * else.
     */
    ChildTeams teamsOn(Caller caller, java.time.LocalDate date);

    /** Break-glass uses not yet reviewed, oldest first. */
    Page<BreakGlassUse> reviewQueue(Caller caller, int page, int size);

    /** Closes a break-glass use with the reviewer's note. */
    BreakGlassUse close(Caller caller, long accessId, String note);

    /** One page of a list, and how many there are in all. */
    record Page<T>(List<T> items, int page, int size, long total) {
        public Page {
            items = List.copyOf(items);
        }
    }
}

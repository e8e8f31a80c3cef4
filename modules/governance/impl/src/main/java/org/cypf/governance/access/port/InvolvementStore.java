package org.cypf.governance.access.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.governance.api.access.BreakGlassUse;
import org.cypf.governance.api.access.Involvement;
import org.cypf.governance.api.access.NewInvolvement;

/** {@code governance.involvement} and the break-glass review queue (ADR 0032). */
public interface InvolvementStore {

    /** Whether the user of the organisation is involved with the child on {@code date}, read on governance's own connection. */
    boolean involved(UUID child, String userId, String organisation, LocalDate date);

    /**
     * Which of {@code children} the user of the organisation is involved with on {@code date}, in one query on
     * governance's own connection (a decision about a file of thousands of children asks once, not once a child).
     */
    java.util.Set<UUID> involvedAmong(java.util.Collection<UUID> children, String userId, String organisation,
                                      LocalDate date);

    /** The children the user of the organisation is involved with on {@code date} (ADR 0033), on governance's connection. */
    java.util.Set<UUID> involvedChildren(String userId, String organisation, LocalDate date);

    /** The latest allocated worker in force for the child on {@code date}, on governance's own connection. */
    Optional<org.cypf.governance.api.access.AllocatedWorkers.Worker> allocatedWorker(UUID child, LocalDate date);

    /** Records the creator of a child's record as involved, in the caller's open unit of work (once per person and child). */
    void recordCreatorWithCurrentChange(UUID child, String userId, String organisation, LocalDate date);

    /** As {@link #recordCreatorWithCurrentChange} for every child of a file loaded, in one statement. */
    void recordCreatorsWithCurrentChange(java.util.Collection<UUID> children, String userId, String organisation,
                                         LocalDate date);

    Involvement record(NewInvolvement involvement, String recordedBy);

    List<Involvement> involvements(UUID child, long offset, int size);

    long countInvolvements(UUID child);

    /** Each child's latest {@code ALLOCATED-TEAM} involvement in force on {@code date}: child to team. */
    java.util.Map<UUID, String> allocatedTeams(LocalDate date);

    List<BreakGlassUse> openBreakGlass(long offset, int size);

    long countOpenBreakGlass();

    Optional<BreakGlassUse> breakGlass(long accessId);

    /**
     * Records the review of a use of break glass.
     *
     * @throws org.cypf.kernel.problem.Conflict when the use has been reviewed already (two reviewers at once: one wins)
     */
    void closeBreakGlass(long accessId, String reviewer, String reviewerRole, String note);
}

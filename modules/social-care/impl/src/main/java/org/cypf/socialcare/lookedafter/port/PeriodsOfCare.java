package org.cypf.socialcare.lookedafter.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.domain.LookedAfterOn;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;

/** Where periods of care are kept. Every method runs inside the caller's unit of work. */
public interface PeriodsOfCare {

    Optional<PeriodOfCare> find(UUID periodId);

    /** The child's period of care that has not ended, if any. */
    Optional<PeriodOfCare> openFor(ChildId child);

    /** The end date of the child's most recent period of care that has ended, if any. */
    Optional<LocalDate> lastEndFor(ChildId child);

    /**
     * Adds the period with its episodes.
     *
     * @throws org.cypf.kernel.problem.Conflict when the period is open and the child has an open period already (a
     *     child is looked after once at a time)
     */
    void add(PeriodOfCare period);

    /**
     * Adds every period given with its episodes, in as few statements as their number allows (a bulk import).
     *
     * @throws org.cypf.kernel.problem.Conflict when one of them is open and its child has an open period already, held
     *     or among those given
     */
    void addAll(List<PeriodOfCare> periods);

    /**
     * Stores {@code after} (at its next version) if the stored version is still {@code expectedVersion}.
     *
     * @throws org.cypf.kernel.problem.StaleVersion when someone else changed it first
     */
    void update(PeriodOfCare after, long expectedVersion);

    /** Periods under which a child is looked after as {@code rule} says ({@link LookedAfterOn#counts(PeriodOfCare)}). */
    List<PeriodOfCare> lookedAfter(LookedAfterOn rule);

    /**
     * One page of {@link #lookedAfter}, of the children {@code scope} lets the caller see only, filtered and paged in
     * the query (ADR 0033), with the total of every page.
     */
    org.cypf.kernel.page.Page<PeriodOfCare> lookedAfter(LookedAfterOn rule, org.cypf.governance.api.access.ListScope scope,
                                                        org.cypf.kernel.page.Slice slice);

    /** The number of children {@link #lookedAfter} finds, counted in the database. */
    long countChildrenLookedAfter(LookedAfterOn rule);

    /** The child's periods of care, earliest first. */
    List<PeriodOfCare> forChild(ChildId child);

    /** One page of the child's periods of care, oldest first, paged in the query, with how many the child has. */
    org.cypf.kernel.page.Page<PeriodOfCare> forChild(ChildId child, org.cypf.kernel.page.Slice slice);

    /** The periods of the children given, earliest first. */
    List<PeriodOfCare> forChildren(java.util.Collection<ChildId> children);

    /**
     * Periods with an episode open on a day from {@code from} to {@code to} (both included; an episode ending on
     * {@code from} counts, since the child was in it that morning), short breaks included, earliest first.
     */
    List<PeriodOfCare> overlapping(LocalDate from, LocalDate to);
}

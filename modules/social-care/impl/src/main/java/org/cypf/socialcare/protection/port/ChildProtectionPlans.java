package org.cypf.socialcare.protection.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.protection.domain.ChildProtectionPlan;

/** Where child protection plans are kept. Every method runs inside the caller's unit of work. */
public interface ChildProtectionPlans {

    Optional<ChildProtectionPlan> find(UUID planId);

    Optional<ChildProtectionPlan> forEnquiry(UUID enquiryId);

    /** The child's plans, oldest first. */
    List<ChildProtectionPlan> forChild(ChildId child);

    /** One page of the child's plans, oldest first, paged in the query, with how many the child has. */
    org.cypf.kernel.page.Page<ChildProtectionPlan> forChild(ChildId child, org.cypf.kernel.page.Slice slice);

    /**
     * @throws org.cypf.kernel.problem.Conflict when the child already has an open plan, or the enquiry a plan
     */
    void add(ChildProtectionPlan plan);

    /**
     * Stores {@code after} (at its next version) if the stored one is still at {@code expectedVersion}.
     *
     * @throws org.cypf.kernel.problem.StaleVersion when someone else changed it first
     */
    void update(ChildProtectionPlan after, long expectedVersion);

    /** Plans open at the end of {@code date} (see {@link ChildProtectionPlan#isOpenAtEndOf}). */
    List<ChildProtectionPlan> openAtEndOf(LocalDate date);

    /**
     * One page of {@link #openAtEndOf}, of the children {@code scope} lets the caller see only, filtered and paged in
     * the query (ADR 0033), with the total of every page.
     */
    org.cypf.kernel.page.Page<ChildProtectionPlan> openAtEndOf(LocalDate date,
            org.cypf.governance.api.access.ListScope scope, org.cypf.kernel.page.Slice slice);

    /** Plans started from {@code from} to {@code to}, both included. */
    List<ChildProtectionPlan> startedBetween(LocalDate from, LocalDate to);
}

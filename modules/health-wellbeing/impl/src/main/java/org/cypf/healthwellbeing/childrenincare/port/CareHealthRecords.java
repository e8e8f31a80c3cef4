package org.cypf.healthwellbeing.childrenincare.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.healthwellbeing.childrenincare.domain.CareHealthRecord;
import org.cypf.kernel.identity.ChildId;

/** Where children in care's health records are kept. Every method runs inside the caller's unit of work. */
public interface CareHealthRecords {

    Optional<CareHealthRecord> find(UUID recordId);

    /** The record opened for social care's period of care, if any. */
    Optional<CareHealthRecord> forPeriod(UUID periodId);

    /** The child's records, oldest period first. */
    List<CareHealthRecord> ofChild(ChildId child);

    /**
     * The records of every child of {@code children}, each child's oldest period first, in one read however many are
     * named (an SSDA903 year names tens of thousands: read one child at a time it was a query each).
     */
    List<CareHealthRecord> ofChildren(java.util.Collection<ChildId> children);

    /**
     * The records of the children {@code scope} lets the caller see, next health assessment due first (then by id),
     * the part {@code slice} asks for, and how many there are in all.
     */
    org.cypf.kernel.page.Page<CareHealthRecord> byNextAssessmentDue(org.cypf.governance.api.access.ListScope scope,
                                                                    org.cypf.kernel.page.Slice slice);

    /** A record whose initial health assessment is not yet recorded, as the queue of those due shows it. */
    record InitialAssessmentDue(UUID recordId, ChildId childId, LocalDate enteredCareOn, LocalDate ihaDueBy,
                                long version) {}

    /**
     * The records with no initial health assessment recorded, of the children {@code scope} lets the caller see, the
     * earliest due first (then by id), filtered, ordered and paged in the query, and how many there are in all.
     */
    org.cypf.kernel.page.Page<InitialAssessmentDue> initialAssessmentsDue(
            org.cypf.governance.api.access.ListScope scope, org.cypf.kernel.page.Slice slice);

    /** Records whose initial health assessment fell due from {@code from} to {@code to}, both included. */
    List<CareHealthRecord> ihaDueBetween(LocalDate from, LocalDate to);

    /**
     * @throws org.cypf.kernel.problem.Conflict when a record is held under its id, or for its period of care, already
     */
    void add(CareHealthRecord record);

    /** @throws org.cypf.kernel.problem.StaleVersion when the stored version is no longer {@code expectedVersion} */
    void update(CareHealthRecord after, long expectedVersion);

    /** The same rows counted per team and overdue on {@code today}, in the query (ADR 0096). */
    java.util.List<org.cypf.governance.api.access.TeamCount> initialAssessmentsDueByTeam(org.cypf.governance.api.access.ListScope scope,
            org.cypf.governance.api.access.ChildTeams teams, java.time.LocalDate today);
}

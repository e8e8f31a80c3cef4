package org.cypf.familysupport.programme.port;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.cypf.familysupport.programme.domain.ProgrammeEnrolment;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/**
 * Where programme enrolments and their sessions are kept. Every method runs inside the caller's unit of work. What
 * every store must do is stated by {@code ProgrammeEnrolmentsContract} in the module's test-jar.
 */
public interface ProgrammeEnrolments {
    Optional<ProgrammeEnrolment> find(UUID enrolmentId);

    /**
     * Stores a new enrolment with its sessions.
     *
     * @throws org.cypf.kernel.problem.Conflict when an enrolment is held under its id already (the first is kept)
     */
    void add(ProgrammeEnrolment enrolment);

    /** Stores the sessions added since {@code expectedVersion}; @throws StaleVersion when another change came first. */
    void update(ProgrammeEnrolment enrolment, long expectedVersion);

    /**
     * One page of enrolments (one programme's, or all when null) among the children {@code scope} lets the caller
     * see, newest enrolled first, counted by the same condition (ADR 0033).
     */
    Page<ProgrammeEnrolment> page(ProgrammeEnrolment.Programme programme, ListScope scope, Slice slice);

    /**
     * Children who attended at least one session of {@code programme} between the dates: all of them when
     * {@code freeSchoolMeals} is null, else those whose eligibility is known and equal to it.
     */
    long childrenAttending(ProgrammeEnrolment.Programme programme, LocalDate from, LocalDate to,
                           Boolean freeSchoolMeals);

    /** Of the children attending between the dates, those whose free school meals eligibility is known. */
    long childrenAttendingWithEligibilityKnown(ProgrammeEnrolment.Programme programme, LocalDate from, LocalDate to);
}

package org.cypf.educationskills.virtualschool.port;

import java.util.List;
import java.util.Optional;
import org.cypf.educationskills.virtualschool.domain.VirtualSchoolRegistration;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;

/** Where the virtual school's registrations are kept. Every method runs inside the caller's unit of work. */
public interface VirtualSchoolRoll {

    /** The child's registration that has not ended, if any. */
    Optional<VirtualSchoolRegistration> onRoll(ChildId child);

    /**
     * @throws org.cypf.kernel.problem.Conflict when the child has a registration that has not ended, and then nothing
     *         is added
     */
    void add(VirtualSchoolRegistration registration);

    /**
     * Stores the registration's leaving day and PEP due date, its version moving on by one.
     *
     * @throws org.cypf.kernel.problem.StaleVersion when the stored version is no longer {@code changed.version()}
     */
    void update(VirtualSchoolRegistration changed);

    /**
     * The children on the roll now within {@code scope}, earliest PEP due first, {@code offset} skipped, at most
     * {@code limit}: the scope is applied in the query, before paging.
     */
    List<VirtualSchoolRegistration> currentRoll(org.cypf.governance.api.access.ListScope scope, long offset, int limit);

    /** How many children are on the roll now within {@code scope}. */
    long countCurrentRoll(org.cypf.governance.api.access.ListScope scope);

    /** The registration of the child with this UPN who was in care on {@code on}, if any. */
    Optional<VirtualSchoolRegistration> inCareOn(UniquePupilNumber upn, java.time.LocalDate on);

    /** Adds the exclusion to the child's record; answers false, changing nothing, when it is already there. */
    boolean addExclusion(org.cypf.educationskills.virtualschool.domain.ChildInCareExclusion exclusion);

    /** A child's exclusions over all their times in care, latest first, {@code offset} skipped, at most {@code limit}. */
    List<org.cypf.educationskills.virtualschool.domain.ChildInCareExclusion> exclusionsOf(ChildId child, long offset,
                                                                                         int limit);

    long countExclusionsOf(ChildId child);

    /** The child's registrations, each time in care, oldest first, {@code offset} skipped, at most {@code limit}. */
    List<VirtualSchoolRegistration> registrationsOf(ChildId child, long offset, int limit);

    long countRegistrationsOf(ChildId child);

    /** The child's PEPs over all their times in care, oldest first, {@code offset} skipped, at most {@code limit}. */
    List<org.cypf.educationskills.virtualschool.domain.PersonalEducationPlan> pepsOf(ChildId child, long offset, int limit);

    long countPepsOf(ChildId child);

    /** Stores a PEP held. */
    void addPep(org.cypf.educationskills.virtualschool.domain.PersonalEducationPlan pep);

    /** The latest day a PEP was held in this time in care, if any. */
    Optional<java.time.LocalDate> latestPepHeldOn(java.util.UUID registrationId);

    /** A child on the roll whose PEP is due, with the latest PEP held in this time in care (null when none). */
    record PepDue(VirtualSchoolRegistration registration, java.time.LocalDate lastHeldOn) {}

    /**
     * The children on the roll now within {@code scope} whose next PEP is due on or before {@code by}, earliest due
     * first, {@code offset} skipped, at most {@code limit}.
     */
    List<PepDue> pepsDue(org.cypf.governance.api.access.ListScope scope, java.time.LocalDate by, long offset, int limit);

    long countPepsDue(org.cypf.governance.api.access.ListScope scope, java.time.LocalDate by);

    /** PEPs held from {@code from} to {@code to}, and how many of them on time: counts only, for measures. */
    long[] pepsHeld(java.time.LocalDate from, java.time.LocalDate to);

    /** The same rows counted per team and overdue on {@code today}, in the query (ADR 0096). */
    java.util.List<org.cypf.governance.api.access.TeamCount> countPepsDueByTeam(org.cypf.governance.api.access.ListScope scope, java.time.LocalDate by,
            org.cypf.governance.api.access.ChildTeams teams, java.time.LocalDate today);

    /** A child on the roll, the setting whose calendar they follow (null: none reported) and their latest PEP. */
    record OpenPep(VirtualSchoolRegistration registration, Integer setting, java.time.LocalDate lastHeldOn) {}

    /**
     * The children on the roll following the calendar of one of {@code settings} (the setting their attendance was
     * last reported at), and, when {@code localAuthority}, every child on the roll (those whose setting holds its own
     * dates are counted again too, to the same dates): read in one query.
     */
    List<OpenPep> openPeps(java.util.Set<Integer> settings, boolean localAuthority);

    /**
     * Stores the due dates counted again, in one statement for the lot, and sets the latest PEP's next review to the
     * same date.
     *
     * @throws org.cypf.kernel.problem.Conflict when a registration changed since it was read
     */
    void moveDueDates(List<VirtualSchoolRegistration> moved);
}

package org.cypf.educationskills.api.virtualschool;

import java.util.List;
import org.cypf.governance.api.access.Caller;

/**
 * The virtual school: the virtual school head's duty to promote the education of every child the authority looks
 * after (Children and Families Act 2014, s.99). Children join when social care says they entered care.
 */
public interface VirtualSchool {

    /** Registers a child who entered care; a second registration of the same entry changes nothing. */
    VirtualSchoolChildView register(Caller caller, RegisterChildInCare command);

    /** Records that a registered child left care; nothing happens for a child who is not on the roll. */
    void recordLeftCare(Caller caller, RecordChildLeftCare command);

    /** The most exclusions a page holds. */
    int MAX_PAGE_SIZE = 1000;

    /**
     * Adds a suspension or exclusion to the education record of the child in care it concerns: the child on the roll
     * with the pupil's UPN and in care on its start date. Answers whether there was such a child; the same exclusion
     * again changes nothing.
     */
    boolean recordExclusion(Caller caller, RecordExclusionOfChildInCare command);

    /** One page of a child in care's suspensions and exclusions, latest first. */
    ChildInCareExclusionsPage exclusions(Caller caller, String childId, int page, int size);

    /**
     * Records a PEP meeting for a child on the roll: the first PEP (due within 20 school days of entering care) or a
     * termly review. The child's next PEP becomes due by the end of the next school term.
     */
    PepView recordPep(Caller caller, RecordPep command);

    /**
     * One page of the PEPs due by {@code by} (first PEPs and termly reviews) among the children on the roll the caller
     * may list, earliest due first, paged in SQL: the virtual school's work queue.
     */
    PepReviewsDuePage pepReviewsDue(Caller caller, java.time.LocalDate by, int page, int size);

    /**
     * One page of the children on the virtual school's roll now (registered and not left care) that the caller may
     * list (ADR 0033: every child for a role that lists the whole roll, otherwise those the caller is involved with),
     * earliest PEP due first, paged in SQL.
     */
    VirtualSchoolRollPage roll(Caller caller, int page, int size);

    /** The first page of {@link #roll}, at most {@value #MAX_PAGE_SIZE} children: for readers that show one page. */
    default List<VirtualSchoolChildView> children(Caller caller) {
        return roll(caller, 1, MAX_PAGE_SIZE).children();
    }

    /** The most records a page of one child's virtual school record holds. */
    int MAX_CHILD_PAGE_SIZE = 100;

    /**
     * One page of one child's times on the virtual school's roll (each time in care), oldest first, read a page at a
     * time: the child's page of the partnership's pages. The child's record is authorised and audited as one read.
     *
     * @throws org.cypf.kernel.problem.InvalidInput when {@code childId} is not a child's id, {@code page} is below 1 or
     *                                              {@code size} is not 1 to {@value #MAX_CHILD_PAGE_SIZE}; nothing is audited
     */
    VirtualSchoolRollPage timesInCareOf(Caller caller, String childId, int page, int size);

    /**
     * One page of one child's Personal Education Plans over all their times in care, oldest first, read a page at a
     * time. The child's record is authorised and audited as one read.
     *
     * @throws org.cypf.kernel.problem.InvalidInput as {@link #timesInCareOf}; nothing is audited
     */
    PepsPage pepsOf(Caller caller, String childId, int page, int size);

    /**
     * How many of {@link #pepReviewsDue} (PEPs due by {@code by}) are due per team, and how many of them are overdue
     * today, over every child the caller may see listed, counted in the query ({@code teams}: each child's team, as
     * governance's {@code Involvements.teamsOn} answers; a child with none counts under no team). Authorised as the
     * list is; names no child, so none is audited (ADR 0096).
     *
     * @throws org.cypf.kernel.problem.InvalidInput when {@code by} is missing; nothing is read
     */
    java.util.List<org.cypf.governance.api.access.TeamCount> pepsDueByTeam(Caller caller, java.time.LocalDate by,
            org.cypf.governance.api.access.ChildTeams teams);
}

package org.cypf.socialcare.api.lookedafter;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;

/**
 * Children looked after by the authority (Children Act 1989), recorded as the DfE's SSDA903 return describes them:
 * a period of care made of episodes. Every call is authorised and audited as an access to the child's record.
 */
public interface ChildrenLookedAfter {

    /** The child starts to be looked after (SSDA903 reason for new episode S); publishes {@code ChildEnteredCare}. */
    PeriodOfCareView startToBeLookedAfter(Caller caller, StartToBeLookedAfter command);

    /**
     * A change of legal status (RNE L), of placement (P, T) or of both (B, U): the open episode ends with X1 and the
     * next opens the same day. Publishes {@code PlacementChanged} when the placement changes.
     */
    PeriodOfCareView changeEpisode(Caller caller, ChangeEpisode command);

    /** A looked-after review held; answers the period's reviews with the next due date. */
    ReviewsView recordReview(Caller caller, RecordReview command);

    /** The period's looked-after reviews, each with the date it was due by, and when the next is due. */
    ReviewsView reviews(Caller caller, UUID periodId);

    /** The last episode ends with a reason ceased; publishes {@code ChildLeftCare}. */
    PeriodOfCareView endPeriodOfCare(Caller caller, EndPeriodOfCare command);

    PeriodOfCareView periodOfCare(Caller caller, UUID periodId);

    /** Children looked after at the end of {@code date}, as the SSDA903 counts them (short breaks V3/V4 excluded). */
    default List<PeriodOfCareView> lookedAfterOn(Caller caller, LocalDate date) {
        return lookedAfterOn(caller, date, new org.cypf.kernel.page.Slice(1, Integer.MAX_VALUE)).items();
    }

    /**
     * One page of {@link #lookedAfterOn(Caller, LocalDate)}: of the children the caller may see listed (those they are
     * involved with, unless their role lists every child's periods of care; ADR 0033), read a page at a time.
     */
    org.cypf.kernel.page.Page<PeriodOfCareView> lookedAfterOn(Caller caller, LocalDate date,
                                                             org.cypf.kernel.page.Slice slice);

    /** The most periods of care a page of one child's periods holds. */
    int MAX_CHILD_PAGE_SIZE = 100;

    /**
     * One page of one child's periods of care, oldest first, read a page at a time: the child's page of the
     * partnership's pages. The child's record is authorised and audited as one read, whatever the page holds.
     *
     * @throws org.cypf.kernel.problem.InvalidInput when {@code childId} is not a child's id (a UUID) or {@code slice}
     *                                              asks for more than {@value #MAX_CHILD_PAGE_SIZE}; nothing is audited
     */
    org.cypf.kernel.page.Page<PeriodOfCareView> periodsOfChild(Caller caller, String childId,
                                                             org.cypf.kernel.page.Slice slice);
}

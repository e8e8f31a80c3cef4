package org.cypf.socialcare.api.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;

/**
 * Child protection: strategy discussions, the section 47 enquiry, the initial child protection conference (due 15
 * working days after the last strategy discussion) and child protection plans with their reviews (the first within
 * 3 months of the conference, then at most every 6 months). Every call is authorised and audited as an access to the
 * child's record.
 */
public interface ChildProtection {

    /** A first strategy discussion about a referred child opens a child protection enquiry. */
    EnquiryView holdStrategyDiscussion(Caller caller, HoldStrategyDiscussion command);

    /** A further strategy discussion in the same enquiry; the conference is then due 15 working days after it. */
    EnquiryView addStrategyDiscussion(Caller caller, AddStrategyDiscussion command);

    EnquiryView startSection47(Caller caller, StartSection47 command);

    EnquiryView concludeSection47(Caller caller, ConcludeSection47 command);

    EnquiryView holdInitialConference(Caller caller, HoldInitialConference command);

    EnquiryView enquiry(Caller caller, UUID enquiryId);

    /**
     * Starts the plan an initial conference decided on; a child cannot have two open plans. A plan for a child who
     * had one before is flagged as a repeat. Publishes {@code social-care.child-protection-plan-started}.
     */
    PlanView startPlan(Caller caller, StartPlan command);

    PlanView reviewPlan(Caller caller, ReviewPlan command);

    /** Publishes {@code social-care.child-protection-plan-ended}. */
    PlanView endPlan(Caller caller, EndPlan command);

    PlanView plan(Caller caller, UUID planId);

    /** Plans open at the end of {@code date} (a plan ending on the date is not). */
    default List<PlanView> plansOpenOn(Caller caller, LocalDate date) {
        return plansOpenOn(caller, date, new org.cypf.kernel.page.Slice(1, Integer.MAX_VALUE)).items();
    }

    /**
     * One page of {@link #plansOpenOn(Caller, LocalDate)}: of the children the caller may see listed (those they are
     * involved with, unless their role lists every child's plans; ADR 0033), read a page at a time.
     */
    org.cypf.kernel.page.Page<PlanView> plansOpenOn(Caller caller, LocalDate date, org.cypf.kernel.page.Slice slice);

    /** The most plans a page of one child's plans holds. */
    int MAX_CHILD_PAGE_SIZE = 100;

    /**
     * One page of one child's plans, open and ended, oldest first, read a page at a time: the child's page of the
     * partnership's pages. The child's record is authorised and audited as one read, whatever the page holds.
     *
     * @throws org.cypf.kernel.problem.InvalidInput when {@code childId} is not a child's id (a UUID) or {@code slice}
     *                                              asks for more than {@value #MAX_CHILD_PAGE_SIZE}; nothing is audited
     */
    org.cypf.kernel.page.Page<PlanView> plansOfChild(Caller caller, String childId, org.cypf.kernel.page.Slice slice);
}

package org.cypf.healthwellbeing.api.healthychild;

import java.time.LocalDate;
import org.cypf.governance.api.access.Caller;

/**
 * The healthy child programme: children known to health visiting and school nursing, keyed by their NHS number,
 * with the five mandated health visiting reviews (antenatal from 28 weeks of pregnancy; new birth visit at 10-14
 * days; 6-8 weeks; 9-12 months; 2-2½ years), each done, missed or declined, and school nursing contacts.
 */
public interface HealthyChildProgramme {
    /** The most reviews one page of {@link #reviews} holds. */
    int MAX_PAGE_SIZE = 1000;

    /** Registers a child with the programme; the NHS number must pass its modulus 11 check digit. */
    HealthyChildView register(Caller caller, RegisterHealthyChild command);

    /** Records how a mandated review ended: DONE, MISSED or DECLINED, once per review. */
    HealthyChildView recordReview(Caller caller, RecordMandatedReview command);

    /** Records a school nursing contact. */
    HealthyChildView recordSchoolNursingContact(Caller caller, RecordSchoolNursingContact command);

    HealthyChildView child(Caller caller, String nhsNumber);

    /**
     * Mandated reviews by the day their window closes, filtered and paged in the database.
     *
     * @param review     ANTENATAL, NEW_BIRTH, SIX_TO_EIGHT_WEEKS, ONE_YEAR or TWO_AND_A_HALF_YEARS; null for all
     * @param outcome    DONE, MISSED, DECLINED or OUTSTANDING (none recorded yet); null for all
     * @param closesFrom the first closing day included; null for no bound
     * @param closesTo   the last closing day included; null for no bound
     */
    MandatedReviewPage reviews(Caller caller, String review, String outcome, LocalDate closesFrom,
                               LocalDate closesTo, int page, int size);

    /** The most reviews one page of {@link #reviewsOfChild} holds. */
    int MAX_CHILD_PAGE_SIZE = 100;

    /**
     * One page of one child's mandated reviews (by the partnership's child id, under whatever NHS number), by the day
     * their window closes, with how many there are: the child's record, authorised and audited as one read of it (a
     * child's chronology shows the healthy child programme's part from it).
     *
     * @throws org.cypf.kernel.problem.InvalidInput when {@code childId} is not a child's id (a UUID), {@code page} is
     *                                              below 1 or {@code size} is not 1 to {@value #MAX_CHILD_PAGE_SIZE};
     *                                              nothing is audited
     */
    MandatedReviewPage reviewsOfChild(Caller caller, String childId, int page, int size);
}

package org.cypf.healthwellbeing.api.mentalhealth;

import java.time.LocalDate;
import org.cypf.governance.api.access.Caller;

/**
 * Children and young people's mental health referrals: the source (CIN census referral sources, schools 2A), the
 * wait from referral to first contact, contacts, and outcome scores (SDQ or YP-CORE, 0-40) to compare over time.
 */
public interface MentalHealthReferrals {

    MentalHealthReferralView receive(Caller caller, ReceiveMentalHealthReferral command);

    /** Records a contact; the first sets the referral's first contact and its wait. */
    MentalHealthReferralView recordContact(Caller caller, RecordMentalHealthContact command);

    MentalHealthReferralView recordOutcomeScore(Caller caller, RecordOutcomeScore command);

    MentalHealthReferralView referral(Caller caller, java.util.UUID referralId);

    /**
     * Referrals received from {@code from} to {@code to} (both included, either may be null), optionally from one
     * source, oldest first, filtered and paged in the database.
     */
    MentalHealthReferralPage referrals(Caller caller, String source, LocalDate from, LocalDate to, int page, int size);

    /** The most referrals one page of {@link #referralsOfChild} holds. */
    int MAX_CHILD_PAGE_SIZE = 100;

    /**
     * One page of one child's referrals, oldest received first, with how many there are: the child's record,
     * authorised and audited as one read of it (a child's chronology shows the referrals and first contacts from it).
     *
     * @throws org.cypf.kernel.problem.InvalidInput when {@code childId} is not a child's id (a UUID), {@code page} is
     *                                              below 1 or {@code size} is not 1 to {@value #MAX_CHILD_PAGE_SIZE};
     *                                              nothing is audited
     */
    MentalHealthReferralPage referralsOfChild(Caller caller, String childId, int page, int size);
}

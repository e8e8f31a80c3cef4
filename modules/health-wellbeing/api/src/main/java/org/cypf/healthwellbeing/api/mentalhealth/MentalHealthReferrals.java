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
}

package org.cypf.healthwellbeing.mentalhealth.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.healthwellbeing.mentalhealth.domain.MentalHealthReferral;

/** Where mental health referrals are kept. Every method runs inside the caller's unit of work. */
public interface MentalHealthReferrals {

    Optional<MentalHealthReferral> find(UUID referralId);

    /**
     * Referrals received from {@code from} to {@code to} (null: open), of {@code source} (null: any), of the children
     * {@code scope} lets the caller see (ADR 0033), oldest first.
     */
    List<MentalHealthReferral> received(String source, LocalDate from, LocalDate to,
                                        org.cypf.governance.api.access.ListScope scope, long offset, int limit);

    long countReceived(String source, LocalDate from, LocalDate to, org.cypf.governance.api.access.ListScope scope);

    /** Of the referrals first seen from {@code from} to {@code to}: how many, and their waits in days in all. */
    record Waits(long seen, long totalDays) {}

    Waits firstContactsBetween(LocalDate from, LocalDate to);

    /** @throws org.cypf.kernel.problem.Conflict when a referral is held under its id already, leaving that one as it was */
    void add(MentalHealthReferral referral);

    /** @throws org.cypf.kernel.problem.StaleVersion when the stored version is no longer {@code expectedVersion} */
    void update(MentalHealthReferral after, long expectedVersion);
}

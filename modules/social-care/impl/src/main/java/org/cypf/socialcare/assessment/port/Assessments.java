package org.cypf.socialcare.assessment.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.socialcare.assessment.domain.Assessment;

/** Where child and family assessments are kept. Every method runs inside the caller's unit of work. */
public interface Assessments {

    Optional<Assessment> find(UUID assessmentId);

    /** The referral's assessments, in the order they started. */
    List<Assessment> forReferral(UUID referralId);

    /** The assessments of every referral given, in one query however many are given (a return's year). */
    List<Assessment> forReferrals(java.util.Collection<UUID> referralIds);

    /**
     * @throws org.cypf.kernel.problem.Conflict when another assessment of the referral is in progress
     */
    void add(Assessment assessment);

    /**
     * Stores {@code after} (at its next version) if the stored one is still at {@code expectedVersion}.
     *
     * @throws org.cypf.kernel.problem.StaleVersion when someone else changed it first
     */
    void update(Assessment after, long expectedVersion);

    /** Assessments authorised from {@code from} to {@code to}, both included. */
    List<Assessment> authorisedBetween(LocalDate from, LocalDate to);
}

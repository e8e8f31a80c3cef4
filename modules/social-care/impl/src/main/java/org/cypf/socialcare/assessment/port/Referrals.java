package org.cypf.socialcare.assessment.port;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.assessment.domain.Referral;

/** Where referrals (CIN episodes) are kept. Every method runs inside the caller's unit of work. */
public interface Referrals {

    Optional<Referral> find(UUID referralId);

    /** The child's referrals, oldest first. */
    List<Referral> forChild(ChildId child);

    /** One page of the child's referrals, oldest first (by date, then as recorded), and how many there are. */
    org.cypf.kernel.page.Page<Referral> forChild(ChildId child, org.cypf.kernel.page.Slice slice);

    /** The referrals of any of {@code children} dated from {@code from} to {@code to}, both included. */
    List<Referral> forChildrenBetween(Collection<ChildId> children, LocalDate from, LocalDate to);

    /** Referrals dated from {@code from} to {@code to}, both included. */
    List<Referral> datedBetween(LocalDate from, LocalDate to);

    /**
     * Stores a new referral.
     *
     * @throws org.cypf.kernel.problem.Conflict when a referral is stored under its id already
     */
    void add(Referral referral);

    /**
     * Stores {@code after} (at its next version) if the stored one is still at {@code expectedVersion}.
     *
     * @throws org.cypf.kernel.problem.StaleVersion when someone else changed it first
     */
    void update(Referral after, long expectedVersion);
}

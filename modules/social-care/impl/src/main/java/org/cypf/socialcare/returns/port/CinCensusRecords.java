package org.cypf.socialcare.returns.port;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;

/** The reads the CIN census needs beyond the other ports. Every method runs inside the caller's unit of work. */
public interface CinCensusRecords {

    /**
     * Referrals open on a day from {@code from} to {@code to}: dated on or before {@code to} and not closed before
     * {@code from}.
     */
    List<Referral> referralsOpenBetween(LocalDate from, LocalDate to);

    /** The child protection enquiries of the referrals given. */
    List<ChildProtectionEnquiry> enquiriesOf(Collection<UUID> referralIds);
}

package org.cypf.socialcare.protection.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;

/** Where child protection enquiries are kept. Every method runs inside the caller's unit of work. */
public interface ChildProtectionEnquiries {

    Optional<ChildProtectionEnquiry> find(UUID enquiryId);

    /** The reason an enquiry is refused when its referral already has one. */
    String ENQUIRY_ALREADY_OPEN = "a strategy discussion was already held on this referral: add further discussions "
            + "to the enquiry it opened";

    /** The enquiry opened by {@code referralId}'s first strategy discussion, if one was held. */
    Optional<ChildProtectionEnquiry> forReferral(UUID referralId);

    /**
     * Stores a new enquiry.
     *
     * @throws org.cypf.kernel.problem.Conflict when its referral already has one ({@link #ENQUIRY_ALREADY_OPEN})
     */
    void add(ChildProtectionEnquiry enquiry);

    /**
     * Stores {@code after} (at its next version) if the stored one is still at {@code expectedVersion}.
     *
     * @throws org.cypf.kernel.problem.StaleVersion when someone else changed it first
     */
    void update(ChildProtectionEnquiry after, long expectedVersion);

    /** Enquiries whose initial conference was held from {@code from} to {@code to}, both included. */
    List<ChildProtectionEnquiry> conferencesHeldBetween(LocalDate from, LocalDate to);
}

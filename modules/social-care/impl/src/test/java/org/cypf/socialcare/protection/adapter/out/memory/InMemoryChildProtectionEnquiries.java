package org.cypf.socialcare.protection.adapter.out.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.protection.port.ChildProtectionEnquiries;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Child protection enquiries in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code ChildProtectionEnquiriesContract} as the jOOQ adapter does: enquiries opened and changed in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits. A unit of work that opens a referral's enquiry, or changes one,
 * holds that referral's or enquiry's lock to its end, as the unique index and the row lock hold a second writer until
 * the first commits: so of two enquiries opened at once on one referral one is refused, and of two changes from one
 * version one is stale. {@link InMemoryConferencesAwaited} reads the same rows.
 */
public final class InMemoryChildProtectionEnquiries implements ChildProtectionEnquiries {
    /** By id, as the jOOQ adapter reads them (a uuid's text orders as its bytes). */
    private static final Comparator<ChildProtectionEnquiry> BY_ID = Comparator.comparing(e -> e.id().toString());

    private final InMemoryRows<UUID, ChildProtectionEnquiry> rows = new InMemoryRows<>();

    /** The lock of a referral's one enquiry, named apart from any enquiry's id. */
    private record ReferralsEnquiry(UUID referralId) {}

    /** The enquiries this unit of work sees that match, in no order: for the queue reading the same rows. */
    List<ChildProtectionEnquiry> where(Predicate<ChildProtectionEnquiry> which) {
        return rows.where(which);
    }

    @Override
    public Optional<ChildProtectionEnquiry> find(UUID enquiryId) {
        return rows.find(enquiryId);
    }

    @Override
    public Optional<ChildProtectionEnquiry> forReferral(UUID referralId) {
        return rows.where(e -> e.referralId().equals(referralId)).stream().findFirst();
    }

    @Override
    public void add(ChildProtectionEnquiry enquiry) {
        rows.lock(new ReferralsEnquiry(enquiry.referralId()));
        if (forReferral(enquiry.referralId()).isPresent()) {
            // As child_protection_enquiry_one_per_referral refuses it.
            throw new Conflict(ENQUIRY_ALREADY_OPEN);
        }
        rows.put(enquiry.id(), enquiry);
    }

    @Override
    public void update(ChildProtectionEnquiry after, long expectedVersion) {
        rows.lock(after.id());
        if (rows.find(after.id()).filter(held -> held.version() == expectedVersion).isEmpty()) {
            throw new StaleVersion("the child protection enquiry", expectedVersion);
        }
        rows.put(after.id(), after);
    }

    @Override
    public List<ChildProtectionEnquiry> conferencesHeldBetween(LocalDate from, LocalDate to) {
        return rows.where(e -> e.conferenceDate() != null && !e.conferenceDate().isBefore(from)
                && !e.conferenceDate().isAfter(to)).stream().sorted(BY_ID).toList();
    }
}

package org.cypf.socialcare.returns.adapter.out.memory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.returns.port.CinCensusRecords;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * The CIN census's readings of referrals and enquiries in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code CinCensusRecordsContract} as the jOOQ adapter does. It reads what it is told the referral and enquiry stores
 * hold ({@link #hold}), in the caller's {@link InMemoryUnitOfWork}, as the jOOQ adapter reads their tables.
 */
public final class InMemoryCinCensusRecords implements CinCensusRecords {
    /** By referral date, then when recorded, then id, as the jOOQ adapter reads them (a uuid's text orders as its bytes). */
    private static final Comparator<Referral> OPENED = Comparator.comparing(Referral::referralDate)
            .thenComparing(Referral::recordedAt).thenComparing(r -> r.id().toString());

    private final InMemoryRows<UUID, Referral> referrals = new InMemoryRows<>();
    private final InMemoryRows<UUID, ChildProtectionEnquiry> enquiries = new InMemoryRows<>();

    /** Holds a referral as the referral store would, in the open unit of work. */
    public void hold(Referral referral) {
        referrals.put(referral.id(), referral);
    }

    /** Holds an enquiry as the enquiry store would, in the open unit of work. */
    public void hold(ChildProtectionEnquiry enquiry) {
        enquiries.put(enquiry.id(), enquiry);
    }

    @Override
    public List<Referral> referralsOpenBetween(LocalDate from, LocalDate to) {
        return referrals.where(r -> !r.referralDate().isAfter(to)
                        && (r.closureDate() == null || !r.closureDate().isBefore(from)))
                .stream().sorted(OPENED).toList();
    }

    @Override
    public List<ChildProtectionEnquiry> enquiriesOf(Collection<UUID> referralIds) {
        Set<UUID> asked = new HashSet<>(referralIds);
        return enquiries.where(e -> asked.contains(e.referralId())).stream()
                .sorted(Comparator.comparing(e -> e.id().toString())).toList();
    }
}

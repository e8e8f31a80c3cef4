package org.cypf.socialcare.assessment.adapter.out.memory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.assessment.port.Referrals;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Referrals (CIN episodes) in memory, for fast tests (ADR 0097); test code only. It passes {@code ReferralsContract}
 * as the jOOQ adapter does: referrals added and closed in the caller's {@link InMemoryUnitOfWork} and kept when it
 * commits. A unit of work that changes a referral holds its lock to its end, as the row lock holds a second writer
 * until the first commits: so of two changes from one version one is stale.
 */
public final class InMemoryReferrals implements Referrals {
    /** By referral date, then as recorded, then by id, as the jOOQ adapter reads them (a uuid's text orders as its bytes). */
    private static final Comparator<Referral> OLDEST = Comparator.comparing(Referral::referralDate)
            .thenComparing(Referral::recordedAt).thenComparing(r -> r.id().toString());

    private final InMemoryRows<UUID, Referral> rows = new InMemoryRows<>();

    private List<Referral> visible(Predicate<Referral> which) {
        return rows.where(which).stream().sorted(OLDEST).toList();
    }

    private static boolean between(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    @Override
    public Optional<Referral> find(UUID referralId) {
        return rows.find(referralId);
    }

    @Override
    public List<Referral> forChild(ChildId child) {
        return visible(r -> r.childId().equals(child));
    }

    @Override
    public org.cypf.kernel.page.Page<Referral> forChild(ChildId child, org.cypf.kernel.page.Slice slice) {
        List<Referral> all = forChild(child);
        return new org.cypf.kernel.page.Page<>(all.stream().skip(slice.offset()).limit(slice.size()).toList(), all.size());
    }

    @Override
    public List<Referral> forChildrenBetween(Collection<ChildId> children, LocalDate from, LocalDate to) {
        Set<ChildId> asked = new HashSet<>(children);
        return visible(r -> asked.contains(r.childId()) && between(r.referralDate(), from, to));
    }

    @Override
    public List<Referral> datedBetween(LocalDate from, LocalDate to) {
        return visible(r -> between(r.referralDate(), from, to));
    }

    @Override
    public void add(Referral referral) {
        rows.lock(referral.id());
        if (rows.find(referral.id()).isPresent()) {
            throw new Conflict("a referral is recorded under this id already");
        }
        rows.put(referral.id(), referral);
    }

    @Override
    public void update(Referral after, long expectedVersion) {
        rows.lock(after.id());
        if (rows.find(after.id()).filter(held -> held.version() == expectedVersion).isEmpty()) {
            throw new StaleVersion("the referral", expectedVersion);
        }
        rows.put(after.id(), after);
    }
}

package org.cypf.healthwellbeing.mentalhealth.adapter.out.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.cypf.governance.api.access.ListScope;
import org.cypf.healthwellbeing.mentalhealth.domain.MentalHealthReferral;
import org.cypf.healthwellbeing.mentalhealth.port.MentalHealthReferrals;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Mental health referrals in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code MentalHealthReferralsContract} as the jOOQ adapter does: referrals added and changed in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits. A unit of work that adds or changes a referral holds its lock
 * to its end, as the database's key and row lock hold the second until the first commits: an id is added once, and of
 * two changes from one version one is stale.
 */
public final class InMemoryMentalHealthReferrals implements MentalHealthReferrals {
    /** Oldest received first, then by id, as the jOOQ adapter reads them (a uuid's text orders as its bytes). */
    private static final Comparator<MentalHealthReferral> OLDEST_FIRST = Comparator
            .comparing(MentalHealthReferral::receivedOn).thenComparing(r -> r.id().toString());

    private final InMemoryRows<UUID, MentalHealthReferral> rows = new InMemoryRows<>();

    @Override
    public Optional<MentalHealthReferral> find(UUID referralId) {
        return rows.find(referralId);
    }

    private static Predicate<MentalHealthReferral> selected(String source, LocalDate from, LocalDate to,
                                                            ListScope scope) {
        return r -> scope.includes(r.childId()) && (source == null || source.equals(r.source()))
                && (from == null || !r.receivedOn().isBefore(from)) && (to == null || !r.receivedOn().isAfter(to));
    }

    @Override
    public List<MentalHealthReferral> received(String source, LocalDate from, LocalDate to, ListScope scope,
                                               long offset, int limit) {
        return rows.where(selected(source, from, to, scope)).stream().sorted(OLDEST_FIRST).skip(offset).limit(limit)
                .toList();
    }

    @Override
    public long countReceived(String source, LocalDate from, LocalDate to, ListScope scope) {
        return rows.where(selected(source, from, to, scope)).size();
    }

    @Override
    public Waits firstContactsBetween(LocalDate from, LocalDate to) {
        List<MentalHealthReferral> seen = rows.where(r -> r.firstContactOn() != null
                && !r.firstContactOn().isBefore(from) && !r.firstContactOn().isAfter(to));
        return new Waits(seen.size(), seen.stream().mapToLong(MentalHealthReferral::waitDays).sum());
    }

    @Override
    public void add(MentalHealthReferral referral) {
        rows.lock(referral.id());
        if (find(referral.id()).isPresent()) {
            // As the key refuses it (the jOOQ adapter translates the unique violation).
            throw new Conflict("a mental health referral is held under this id already");
        }
        rows.put(referral.id(), referral);
    }

    @Override
    public void update(MentalHealthReferral after, long expectedVersion) {
        rows.lock(after.id());
        if (find(after.id()).filter(held -> held.version() == expectedVersion).isEmpty()) {
            throw new StaleVersion("the mental health referral", expectedVersion);
        }
        rows.put(after.id(), after);
    }
}

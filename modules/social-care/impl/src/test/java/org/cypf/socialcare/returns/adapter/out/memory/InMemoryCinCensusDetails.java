package org.cypf.socialcare.returns.adapter.out.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.returns.domain.CinCensusDetails;
import org.cypf.socialcare.returns.port.CinCensusDetailsStore;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * CIN census details in memory, for fast tests (ADR 0071, ADR 0097); test code only. It passes
 * {@code CinCensusDetailsStoreContract} as the jOOQ adapter does: a child's and a referral's details replaced whole in
 * the caller's {@link InMemoryUnitOfWork} and kept when it commits; a referral's plans read by start date, then id (a
 * uuid's text orders as its bytes, as PostgreSQL orders uuids); a referral saved with nothing holds nothing.
 */
public final class InMemoryCinCensusDetails implements CinCensusDetailsStore {
    private static final Comparator<CinCensusDetails.CinPlan> BY_START =
            Comparator.comparing(CinCensusDetails.CinPlan::startDate).thenComparing(p -> p.id().toString());

    private final InMemoryRows<ChildId, CinCensusDetails.Child> children = new InMemoryRows<>();
    private final InMemoryRows<UUID, CinCensusDetails.Episode> episodes = new InMemoryRows<>();

    @Override
    public Map<ChildId, CinCensusDetails.Child> children(Collection<ChildId> asked) {
        Map<ChildId, CinCensusDetails.Child> found = new HashMap<>();
        asked.forEach(child -> children.find(child).ifPresent(d -> found.put(child, d)));
        return found;
    }

    @Override
    public Map<UUID, CinCensusDetails.Episode> episodes(Collection<UUID> referralIds) {
        Map<UUID, CinCensusDetails.Episode> found = new HashMap<>();
        referralIds.forEach(id -> episodes.find(id).ifPresent(d -> found.put(id, d)));
        return found;
    }

    @Override
    public void save(ChildId child, CinCensusDetails.Child details) {
        children.put(child, details);
    }

    @Override
    public void save(UUID referralId, CinCensusDetails.Episode details) {
        if (details.primaryNeed() == null && details.cinPlans().isEmpty()) {
            episodes.remove(referralId);
        } else {
            episodes.put(referralId, new CinCensusDetails.Episode(details.primaryNeed(),
                    details.cinPlans().stream().sorted(BY_START).toList()));
        }
    }
}

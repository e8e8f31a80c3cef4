package org.cypf.socialcare.returns.adapter.out.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.returns.domain.CinCensus;
import org.cypf.socialcare.returns.port.CinCensusReturned;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Returned CIN episodes in memory, for fast tests (ADR 0073, ADR 0097); test code only. It passes
 * {@code CinCensusReturnedContract} as the jOOQ adapter does: one list a child and collection year, kept as returned
 * (the census's own records, immutable), saved in the caller's {@link InMemoryUnitOfWork} and kept when it commits.
 */
public final class InMemoryCinCensusReturned implements CinCensusReturned {
    private record Key(ChildId child, int collectionYear) {}

    private record Row(Key key, List<CinCensus.CinEpisode> episodes) {}

    private final InMemoryRows<Key, Row> rows = new InMemoryRows<>();

    @Override
    public Map<ChildId, List<CinCensus.CinEpisode>> ofYear(int collectionYear) {
        Map<ChildId, List<CinCensus.CinEpisode>> found = new HashMap<>();
        rows.where(r -> r.key().collectionYear() == collectionYear)
                .forEach(r -> found.put(r.key().child(), r.episodes()));
        return found;
    }

    @Override
    public void save(ChildId child, int collectionYear, List<CinCensus.CinEpisode> episodes) {
        Key key = new Key(child, collectionYear);
        rows.put(key, new Row(key, List.copyOf(episodes)));
    }
}

package org.cypf.educationskills.participation.adapter.out.memory;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cypf.educationskills.participation.domain.MonthlyActivity;
import org.cypf.educationskills.participation.port.ActivityRecords;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Young people's monthly activities in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code ActivityRecordsContract} as the jOOQ adapter does: one activity per young person a month, a put replacing
 * it, kept only when the caller's {@link InMemoryUnitOfWork} commits.
 */
public final class InMemoryActivityRecords implements ActivityRecords {
    private record Key(UniquePupilNumber upn, YearMonth month) {}

    private final Map<Key, MonthlyActivity> stored = new ConcurrentHashMap<>();

    @Override
    public List<MonthlyActivity> of(Collection<UniquePupilNumber> upns) {
        Set<UniquePupilNumber> asked = new HashSet<>(upns);
        Map<Key, MonthlyActivity> visible = new LinkedHashMap<>(stored);
        InMemoryUnitOfWork.open().flatMap(tx -> tx.<Map<Key, MonthlyActivity>>peek(this)).ifPresent(visible::putAll);
        return visible.values().stream().filter(a -> asked.contains(a.upn())).toList();
    }

    @Override
    public void put(Collection<MonthlyActivity> activities) {
        var tx = InMemoryUnitOfWork.current();
        Map<Key, MonthlyActivity> staged = tx.staged(this, () -> {
            Map<Key, MonthlyActivity> puts = new LinkedHashMap<>();
            tx.onCommit(() -> stored.putAll(puts));
            return puts;
        });
        activities.forEach(a -> staged.put(new Key(a.upn(), a.month()), a));
    }
}

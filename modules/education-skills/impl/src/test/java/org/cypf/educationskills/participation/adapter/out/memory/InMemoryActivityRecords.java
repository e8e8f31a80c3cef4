package org.cypf.educationskills.participation.adapter.out.memory;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cypf.educationskills.participation.domain.MonthlyActivity;
import org.cypf.educationskills.participation.port.ActivityRecords;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Young people's monthly activities in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code ActivityRecordsContract} as the jOOQ adapter does: one activity per young person a month, a put replacing
 * it, kept only when the caller's {@link InMemoryUnitOfWork} commits.
 */
public final class InMemoryActivityRecords implements ActivityRecords {
    private record Key(UniquePupilNumber upn, YearMonth month) {}

    private final InMemoryRows<Key, MonthlyActivity> rows = new InMemoryRows<>();

    /** The activities held for a month, as this unit of work sees them (what the in-memory figures count). */
    public List<MonthlyActivity> inMonth(YearMonth month) {
        return rows.where(a -> a.month().equals(month));
    }

    @Override
    public List<MonthlyActivity> of(Collection<UniquePupilNumber> upns) {
        Set<UniquePupilNumber> asked = new HashSet<>(upns);
        return rows.where(a -> asked.contains(a.upn()));
    }

    @Override
    public void put(Collection<MonthlyActivity> activities) {
        activities.forEach(a -> rows.put(new Key(a.upn(), a.month()), a));
    }
}

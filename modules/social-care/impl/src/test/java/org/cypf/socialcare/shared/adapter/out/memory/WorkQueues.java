package org.cypf.socialcare.shared.adapter.out.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/**
 * What social care's in-memory work queues share: a page cut from the rows in the queue's order, and the rows counted
 * per team as {@code CountsByTeam} counts them in SQL (ADR 0096): by the team of each row's child, no team counted last,
 * a row overdue when its due date is before today, a team with no rows not listed.
 */
public final class WorkQueues {
    private WorkQueues() {}

    /** The slice of {@code ordered}, with how many there are in all. */
    public static <T> Page<T> page(List<T> ordered, Slice slice) {
        return new Page<>(ordered.stream().skip(slice.offset()).limit(slice.size()).toList(), ordered.size());
    }

    /** {@code rows} counted per team of their children, teams by name and no team last. */
    public static <T> List<TeamCount> countsByTeam(List<T> rows, Function<T, ChildId> child, Function<T, LocalDate> due,
                                                   ChildTeams teams, LocalDate today) {
        Map<String, long[]> counted = new LinkedHashMap<>();
        for (T row : rows) {
            long[] c = counted.computeIfAbsent(teams.byChild().get(child.apply(row).value()), t -> new long[2]);
            c[0]++;
            if (due.apply(row).isBefore(today)) {
                c[1]++;
            }
        }
        return counted.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.nullsLast(Comparator.<String>naturalOrder())))
                .map(e -> new TeamCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}

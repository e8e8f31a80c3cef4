package org.cypf.socialcare.lookedafter.adapter.out.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.socialcare.lookedafter.domain.LookedAfterOn;
import org.cypf.socialcare.lookedafter.domain.LookedAfterReview;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.lookedafter.domain.ReviewSchedule;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviews;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviewsAwaited;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCare;

/**
 * The looked-after reviews awaited, read in memory from the stores it is given, for fast tests (ADR 0097); test code
 * only. It passes {@code LookedAfterReviewsAwaitedContract} as the jOOQ reading does, with the domain's
 * {@link ReviewSchedule} itself where the query has it in SQL. It holds no rows of its own: it reads the periods of
 * care and reviews in the caller's unit of work, as the query reads their tables.
 */
public final class InMemoryLookedAfterReviewsAwaited implements LookedAfterReviewsAwaited {
    /** Soonest due first, then by period id, as the query orders them (a uuid's text orders as its bytes). */
    private static final Comparator<Awaited> SOONEST = Comparator.comparing(Awaited::dueBy)
            .thenComparing(a -> a.periodId().toString());

    private final PeriodsOfCare periods;
    private final LookedAfterReviews reviews;

    public InMemoryLookedAfterReviewsAwaited(PeriodsOfCare periods, LookedAfterReviews reviews) {
        this.periods = periods;
        this.reviews = reviews;
    }

    /** The open periods of the children in scope with a known next due date, soonest first. */
    private List<Awaited> awaited(LookedAfterOn rule, ListScope scope, WorkingDayCalendar calendar) {
        List<PeriodOfCare> open = periods.lookedAfter(rule).stream()
                .filter(p -> p.isOpen() && scope.includes(p.childId())).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<LookedAfterReview>> byPeriod = reviews.forChildren(open.stream().map(PeriodOfCare::childId)
                .distinct().toList()).stream().collect(Collectors.groupingBy(LookedAfterReview::periodId));
        List<Awaited> awaited = new ArrayList<>();
        for (PeriodOfCare p : open) {
            List<LookedAfterReview> held = byPeriod.getOrDefault(p.id(), List.of());
            LocalDate due = ReviewSchedule.of(p, held, calendar).nextDueBy();
            if (due != null) {
                awaited.add(new Awaited(p.id(), p.childId(), p.beganBeforeTheRecordsHeld() ? null : p.startDate(),
                        held.size(), due));
            }
        }
        return awaited.stream().sorted(SOONEST).toList();
    }

    @Override
    public Page<Awaited> soonestDueFirst(LookedAfterOn rule, ListScope scope, Slice slice, WorkingDayCalendar calendar) {
        List<Awaited> all = awaited(rule, scope, calendar);
        return new Page<>(all.stream().skip(slice.offset()).limit(slice.size()).toList(), all.size());
    }

    @Override
    public List<TeamCount> countsByTeam(LookedAfterOn rule, ListScope scope, WorkingDayCalendar calendar,
            ChildTeams teams, LocalDate today) {
        // By team name, the children with no team last, as the query groups and orders them.
        Map<String, long[]> counted = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Awaited a : awaited(rule, scope, calendar)) {
            long[] c = counted.computeIfAbsent(teams.byChild().get(a.childId().value()), t -> new long[2]);
            c[0]++;
            c[1] += a.dueBy().isBefore(today) ? 1 : 0;
        }
        return counted.entrySet().stream().map(e -> new TeamCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }
}

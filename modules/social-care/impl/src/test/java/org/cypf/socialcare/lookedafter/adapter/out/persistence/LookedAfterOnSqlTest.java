package org.cypf.socialcare.lookedafter.adapter.out.persistence;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.LookedAfterOn;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.shared.adapter.out.persistence.JooqChildren;
import org.cypf.socialcare.shared.domain.Child;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SQL {@link JooqPeriodsOfCare} builds from {@link LookedAfterOn} finds exactly the periods the domain rule
 * counts, on a varied set of periods stored in PostgreSQL: open and ended, one to four episodes chained by X1, every
 * legal status the rule treats apart (short breaks V3 and V4) and some it does not, episodes that start and end on the
 * day asked about, and windows of days as well as single days. Every day an episode starts or ends, the day before
 * and the day after are asked about, so each boundary of the rule is crossed.
 */
class LookedAfterOnSqlTest {
    private static final List<String> LEGAL_STATUSES = List.of("C1", "C2", "V2", "V3", "V4", "E1", "J1");
    private static SocialCareFixture f;
    private static JooqPeriodsOfCare periods;
    private static final List<PeriodOfCare> stored = new ArrayList<>();

    @BeforeAll
    static void store() {
        f = SocialCareFixture.start("looked after on, sql and domain", 20_000);
        periods = new JooqPeriodsOfCare(f.socialCareDb);
        var children = new JooqChildren(f.socialCareDb);
        var random = new Random(903);
        f.socialCareDb.run(() -> {
            for (int i = 0; i < 80; i++) {
                Child child = new Child(ChildId.newId(), "SQL" + i, null, null, of(2010, 1, 1), "1");
                children.add(child);
                PeriodOfCare period = PeriodOfCare.imported(UUID.randomUUID(), child.id(), episodes(random, i));
                periods.add(period);
                stored.add(period);
            }
        });
    }

    /** One period: 1-4 episodes from a day in 2024, each closed X1 into the next; the last open or ended. */
    private static List<Episode> episodes(Random random, int i) {
        List<Episode> episodes = new ArrayList<>();
        LocalDate start = of(2024, 1, 1).plusDays(random.nextInt(400));
        int count = 1 + random.nextInt(4);
        for (int n = 0; n < count; n++) {
            boolean last = n == count - 1;
            // Some episodes last a single day or end the day they start: the edges of "not ceased by the day".
            LocalDate end = last && i % 3 == 0 ? null : start.plusDays(random.nextInt(5) == 0 ? random.nextInt(2) : random.nextInt(120));
            String rec = end == null ? null : last ? "E4A" : "X1";
            episodes.add(new Episode(UUID.randomUUID(), start, n == 0 ? "S" : "L",
                    LEGAL_STATUSES.get(random.nextInt(LEGAL_STATUSES.size())), "N1", "U6", "PR1", null, null, null,
                    end, rec));
            if (end == null) {
                break;
            }
            start = end;
        }
        return episodes;
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** Every day an episode starts or ends, with the days either side. */
    private static Set<LocalDate> boundaryDays() {
        Set<LocalDate> days = new TreeSet<>();
        for (PeriodOfCare p : stored) {
            for (Episode e : p.episodes()) {
                for (LocalDate d : e.endDate() == null ? List.of(e.startDate()) : List.of(e.startDate(), e.endDate())) {
                    days.add(d.minusDays(1));
                    days.add(d);
                    days.add(d.plusDays(1));
                }
            }
        }
        return days;
    }

    private static Set<UUID> byTheDomain(LookedAfterOn rule) {
        return stored.stream().filter(rule::counts).map(PeriodOfCare::id).collect(Collectors.toSet());
    }

    private static Set<UUID> byTheDatabase(LookedAfterOn rule) {
        return f.socialCareDb.inTransaction(() -> periods.lookedAfter(rule)).stream().map(PeriodOfCare::id)
                .collect(Collectors.toSet());
    }

    private static long countedByTheDatabase(LookedAfterOn rule) {
        return f.socialCareDb.inTransaction(() -> periods.countChildrenLookedAfter(rule));
    }

    @Test
    void the_data_set_crosses_every_part_of_the_rule() {
        List<Episode> all = stored.stream().flatMap(p -> p.episodes().stream()).toList();
        assertTrue(all.stream().anyMatch(Episode::isShortBreak), "short breaks");
        assertTrue(all.stream().anyMatch(e -> !e.isShortBreak()), "care");
        assertTrue(all.stream().anyMatch(e -> e.startDate().equals(e.endDate())), "an episode ending the day it starts");
        assertTrue(all.stream().anyMatch(Episode::isOpen), "open episodes");
        assertTrue(stored.stream().anyMatch(p -> p.episodes().size() > 2), "X1 chains");
        LocalDate someDay = of(2024, 9, 1);
        assertTrue(!byTheDomain(LookedAfterOn.theDay(someDay)).isEmpty(), "someone is looked after on " + someDay);
    }

    @Test
    void the_database_and_the_domain_agree_on_every_boundary_day() {
        for (LocalDate day : boundaryDays()) {
            LookedAfterOn rule = LookedAfterOn.theDay(day);
            Set<UUID> expected = byTheDomain(rule);
            assertEquals(expected, byTheDatabase(rule), "periods looked after on " + day);
            // One child per period here, so the count of children is the count of periods.
            assertEquals(expected.size(), countedByTheDatabase(rule), "children counted on " + day);
        }
    }

    @Test
    void the_database_and_the_domain_agree_on_windows_of_days() {
        List<LocalDate> days = new ArrayList<>(boundaryDays());
        var random = new Random(31);
        for (int i = 0; i < 150; i++) {
            LocalDate from = days.get(random.nextInt(days.size()));
            LocalDate to = from.plusDays(random.nextInt(3) == 0 ? 0 : random.nextInt(365));
            LookedAfterOn rule = LookedAfterOn.onAnyDayOf(from, to);
            assertEquals(byTheDomain(rule), byTheDatabase(rule), "periods looked after on a day of " + from + " to " + to);
        }
    }
}

package org.cypf.educationskills.participation.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cypf.educationskills.participation.domain.ActivityCode;
import org.cypf.educationskills.participation.domain.MonthlyActivity;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.junit.jupiter.api.Test;

/**
 * What every store of young people's monthly activities must do (ADR 0097, the record stores' suites): CYPF's jOOQ
 * adapter passes it on PostgreSQL and {@code InMemoryActivityRecords} passes it for fast tests.
 *
 * <p>The promises: each month put is read back by the young person's UPN with its NCCIS code; a young person has one
 * activity a month, so putting a month again replaces it and putting the same month twice keeps one (an import run
 * again changes nothing); a reading returns only the young people asked for, none for an empty question; what a unit
 * of work put is gone when it rolls back; puts from several units of work at once are all kept, and several at once
 * for the same young person's month leave one of them. Readings are compared as sets: the port promises no order.
 */
public abstract class ActivityRecordsContract {

    protected abstract ActivityRecords records();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private static final AtomicInteger SERIALS = new AtomicInteger();
    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    /**
     * Makes the young person known where the store needs them known first (education's activities name a pupil
     * CYPF holds); nothing by default.
     */
    protected void registerPupil(UniquePupilNumber upn) {}

    /** A fresh young person with a valid UPN (its check letter the kernel's), so tests sharing a store never meet. */
    private UniquePupilNumber aYoungPerson() {
        UniquePupilNumber upn = freshUpn();
        registerPupil(upn);
        return upn;
    }

    private static UniquePupilNumber freshUpn() {
        String body = String.format("2070000%02d%03d", 16 + SERIALS.get() / 1000, SERIALS.getAndIncrement() % 1000);
        return UniquePupilNumber.withCheckLetter(body);
    }

    private void put(MonthlyActivity... activities) {
        inUnitOfWork(() -> {
            records().put(List.of(activities));
            return null;
        });
    }

    private Set<MonthlyActivity> of(UniquePupilNumber... upns) {
        return new HashSet<>(inUnitOfWork(() -> records().of(List.of(upns))));
    }

    @Test
    public void each_month_put_is_read_back_by_the_young_persons_upn() {
        var upn = aYoungPerson();
        var march = new MonthlyActivity(upn, MARCH, new ActivityCode(ActivityCode.APPRENTICESHIP));
        var april = new MonthlyActivity(upn, MARCH.plusMonths(1), new ActivityCode(540));
        put(march, april);
        assertEquals(Set.of(march, april), of(upn));
    }

    @Test
    public void a_month_put_again_is_replaced_and_the_same_month_twice_is_kept_once() {
        var upn = aYoungPerson();
        put(new MonthlyActivity(upn, MARCH, new ActivityCode(540)));
        var corrected = new MonthlyActivity(upn, MARCH, new ActivityCode(ActivityCode.APPRENTICESHIP));
        put(corrected);
        put(corrected);
        assertEquals(Set.of(corrected), of(upn));
    }

    @Test
    public void a_reading_returns_only_the_young_people_asked_for() {
        var asked = aYoungPerson();
        var other = aYoungPerson();
        var theirs = new MonthlyActivity(asked, MARCH, new ActivityCode(810));
        put(theirs, new MonthlyActivity(other, MARCH, new ActivityCode(620)));
        assertEquals(Set.of(theirs), of(asked));
        assertEquals(Set.of(), of(aYoungPerson()), "none for a young person never put");
        assertEquals(List.of(), inUnitOfWork(() -> records().of(List.of())), "none for an empty question");
    }

    @Test
    public void what_a_unit_of_work_put_is_gone_when_it_rolls_back() {
        var upn = aYoungPerson();
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            records().put(List.of(new MonthlyActivity(upn, MARCH, new ActivityCode(ActivityCode.CUSTODY))));
            throw new IllegalStateException("the import failed after storing the month");
        }));
        assertEquals(Set.of(), of(upn));
    }

    @Test
    public void puts_from_several_units_of_work_at_once_are_all_kept_and_one_month_keeps_one() throws Exception {
        List<UniquePupilNumber> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(aYoungPerson());
        }
        var shared = aYoungPerson();
        List<Integer> codes = List.of(310, 320, 540, 550, 610, 620, 630, 810);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                var mine = new MonthlyActivity(people.get(i), MARCH, new ActivityCode(codes.get(i)));
                var sharedMonth = new MonthlyActivity(shared, MARCH, new ActivityCode(codes.get(i)));
                done.add(pool.submit(() -> put(mine, sharedMonth)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < people.size(); i++) {
            assertEquals(Set.of(new MonthlyActivity(people.get(i), MARCH, new ActivityCode(codes.get(i)))),
                    of(people.get(i)));
        }
        Set<MonthlyActivity> sharedMonths = of(shared);
        assertEquals(1, sharedMonths.size(), "one activity a month");
        assertTrue(codes.contains(sharedMonths.iterator().next().code().value()));
    }
}

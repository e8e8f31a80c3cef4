package org.cypf.healthwellbeing.mentalhealth.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.healthwellbeing.mentalhealth.domain.AgeBand;
import org.cypf.healthwellbeing.mentalhealth.domain.SelfHarmAdmissions;
import org.cypf.healthwellbeing.mentalhealth.port.SelfHarmAdmissionFigures.Stored;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store of the area's self-harm admission figures must do (ADR 0097, the contract suites): CYPF's jOOQ
 * adapter passes it on PostgreSQL; an integrator's store of the same figures runs it too. The self-harm measures are
 * computed from what {@link SelfHarmAdmissionFigures#ofYear} gives, so a year read short or another year read in
 * changes a published rate.
 *
 * <p>The figures, Stoke-on-Trent's (E06000021) for 2018/19 as Fingertips publishes them: 45 admissions of 15,000
 * aged 10-14, 180 of 14,000 aged 15-19 and 85 of 17,000 aged 20-24. The promises: a year's figures are read back
 * whole in band order (10-14, 15-19, 20-24) whatever order they were stored in, and only that year's (the year
 * before and after are not read in; a year with none reads empty); a store counts the figures it added and those it
 * replaced, a year and band stored again replacing what was held; the area held is the figures' area, none when
 * nothing is held; what a unit of work stored is gone when it rolls back; the same year and band stored by two units
 * of work at once is held once. Each test starts from a store holding nothing ({@link #holdNothing}): the figures
 * are the area's, not a child's, so tests cannot keep apart by child.
 */
public abstract class SelfHarmAdmissionFiguresContract {
    private static final String AREA = "E06000021";
    private static final LocalDate Y2018 = LocalDate.of(2018, 4, 1);
    private static final LocalDate Y2017 = LocalDate.of(2017, 4, 1);
    private static final LocalDate Y2019 = LocalDate.of(2019, 4, 1);

    protected abstract SelfHarmAdmissionFigures figures();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Leaves the store holding no figures; called before each test. */
    protected abstract void holdNothing();

    @BeforeEach
    public final void startEmpty() {
        holdNothing();
    }

    private static SelfHarmAdmissions band(LocalDate year, AgeBand band, int admissions, int population) {
        return new SelfHarmAdmissions(AREA, year, band, admissions, population);
    }

    private static final SelfHarmAdmissions YOUNGEST = band(Y2018, AgeBand.AGED_10_TO_14, 45, 15_000);
    private static final SelfHarmAdmissions MIDDLE = band(Y2018, AgeBand.AGED_15_TO_19, 180, 14_000);
    private static final SelfHarmAdmissions OLDEST = band(Y2018, AgeBand.AGED_20_TO_24, 85, 17_000);

    private Stored store(SelfHarmAdmissions... figures) {
        return inUnitOfWork(() -> figures().store(List.of(figures)));
    }

    private List<SelfHarmAdmissions> ofYear(LocalDate yearStarting) {
        return inUnitOfWork(() -> figures().ofYear(yearStarting));
    }

    @Test
    public void a_years_figures_are_read_back_whole_in_band_order_and_only_that_years() {
        var before = band(Y2017, AgeBand.AGED_10_TO_14, 41, 14_800);
        var after = band(Y2019, AgeBand.AGED_20_TO_24, 90, 17_100);
        assertEquals(new Stored(5, 0), store(OLDEST, before, YOUNGEST, after, MIDDLE));

        assertEquals(List.of(YOUNGEST, MIDDLE, OLDEST), ofYear(Y2018));
        assertEquals(310, ofYear(Y2018).stream().mapToInt(SelfHarmAdmissions::admissions).sum());
        assertEquals(46_000, ofYear(Y2018).stream().mapToInt(SelfHarmAdmissions::population).sum());
        assertEquals(List.of(before), ofYear(Y2017));
        assertEquals(List.of(after), ofYear(Y2019));
        assertEquals(List.of(), ofYear(LocalDate.of(2016, 4, 1)), "a year with no figures reads empty");
    }

    @Test
    public void a_year_and_band_stored_again_replaces_what_was_held_and_the_store_counts_each() {
        assertEquals(new Stored(2, 0), store(YOUNGEST, MIDDLE));
        var revised = band(Y2018, AgeBand.AGED_10_TO_14, 47, 15_100);
        assertEquals(new Stored(1, 1), store(revised, OLDEST));
        assertEquals(List.of(revised, MIDDLE, OLDEST), ofYear(Y2018));

        assertEquals(new Stored(0, 3), store(revised, MIDDLE, OLDEST), "the same file loaded again adds nothing");
        assertEquals(List.of(revised, MIDDLE, OLDEST), ofYear(Y2018));
    }

    @Test
    public void the_area_held_is_the_figures_area_and_none_when_nothing_is_held() {
        assertEquals(Optional.empty(), inUnitOfWork(() -> figures().areaHeld()));
        store(YOUNGEST);
        assertEquals(Optional.of(AREA), inUnitOfWork(() -> figures().areaHeld()));
    }

    @Test
    public void what_a_unit_of_work_stored_is_gone_when_it_rolls_back() {
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            figures().store(List.of(YOUNGEST, MIDDLE));
            throw new IllegalStateException("the load failed after storing the figures");
        }));
        assertEquals(List.of(), ofYear(Y2018));
        assertEquals(Optional.empty(), inUnitOfWork(() -> figures().areaHeld()));
        assertEquals(new Stored(1, 0), store(YOUNGEST), "nothing was left held to replace");
    }

    @Test
    public void the_same_year_and_band_stored_by_two_units_of_work_at_once_is_held_once() throws Exception {
        List<Callable<Stored>> loads = new ArrayList<>();
        for (int admissions : List.of(45, 46)) {
            var figure = band(Y2018, AgeBand.AGED_10_TO_14, admissions, 15_000);
            loads.add(() -> store(figure));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Future<Stored> f : pool.invokeAll(loads)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<SelfHarmAdmissions> held = ofYear(Y2018);
        assertEquals(1, held.size(), held.toString());
    }
}

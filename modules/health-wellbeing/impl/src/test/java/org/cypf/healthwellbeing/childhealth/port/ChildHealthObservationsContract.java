package org.cypf.healthwellbeing.childhealth.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cypf.healthwellbeing.childhealth.domain.ChildHealthObservation;
import org.cypf.healthwellbeing.childhealth.domain.ObservationKind;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.junit.jupiter.api.Test;

/**
 * What every store of child health observations must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter
 * passes it on PostgreSQL and {@code InMemoryChildHealthObservations} passes it for fast tests.
 *
 * <p>The promises: observations are only added, keyed by the child's NHS number, kind, day and code, so a file
 * imported again adds nothing and the store answers how many were new; counts are by kind (and code, when given)
 * over days with both ends included, amounts from a minimum included to a maximum excluded, either open; the MMR2
 * reading counts the children whose fifth birthday falls in the period and those immunised by it; what a unit of
 * work added is gone when it rolls back; several units of work adding overlapping files at once add each
 * observation once. Each test counts in a year of its own, so tests sharing a store never meet.
 */
public abstract class ChildHealthObservationsContract {

    protected abstract ChildHealthObservations observations();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private static final AtomicInteger SERIALS = new AtomicInteger(100_000);
    private static final LocalDate BORN = LocalDate.of(2000, 1, 1);

    /** A fresh NHS number with a valid modulus 11 check digit. */
    protected static NhsNumber aChild() {
        while (true) {
            String body = String.format("9%08d", SERIALS.getAndIncrement());
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (body.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return new NhsNumber(body + check);
            }
        }
    }

    private static ChildHealthObservation seen(NhsNumber child, LocalDate born, ObservationKind kind, LocalDate on,
                                               String code, String amount) {
        return new ChildHealthObservation(child, ChildId.newId(), born, kind, on, code,
                amount == null ? null : new BigDecimal(amount));
    }

    private int add(ChildHealthObservation... rows) {
        return inUnitOfWork(() -> observations().addAll(List.of(rows)));
    }

    private long count(ObservationKind kind, String code, int year) {
        return inUnitOfWork(() -> observations().count(kind, code, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    @Test
    public void a_file_imported_again_adds_nothing_and_the_store_answers_how_many_were_new() {
        NhsNumber child = aChild();
        var feeding = seen(child, BORN, ObservationKind.INFANT_FEEDING, LocalDate.of(2011, 2, 1), "TOTALLY", null);
        var mmr1 = seen(child, BORN, ObservationKind.IMMUNISATION, LocalDate.of(2011, 2, 1), "MMR1", null);
        assertEquals(2, add(feeding, mmr1));
        var later = seen(child, BORN, ObservationKind.IMMUNISATION, LocalDate.of(2011, 6, 1), "MMR2", null);
        assertEquals(1, add(feeding, mmr1, later), "only the new row is added");
        assertEquals(2, count(ObservationKind.IMMUNISATION, null, 2011));
        assertEquals(1, count(ObservationKind.INFANT_FEEDING, "TOTALLY", 2011));
    }

    @Test
    public void counts_are_by_kind_and_code_over_days_both_ends_included() {
        List<ChildHealthObservation> rows = new ArrayList<>();
        for (LocalDate on : List.of(LocalDate.of(2011, 12, 31), LocalDate.of(2012, 1, 1), LocalDate.of(2012, 7, 1),
                LocalDate.of(2012, 12, 31), LocalDate.of(2013, 1, 1))) {
            rows.add(seen(aChild(), BORN, ObservationKind.IMMUNISATION, on, "MMR2", null));
        }
        rows.add(seen(aChild(), BORN, ObservationKind.IMMUNISATION, LocalDate.of(2012, 3, 1), "MMR1", null));
        rows.add(seen(aChild(), BORN, ObservationKind.INFANT_FEEDING, LocalDate.of(2012, 3, 1), "PARTIALLY", null));
        add(rows.toArray(ChildHealthObservation[]::new));

        assertEquals(3, count(ObservationKind.IMMUNISATION, "MMR2", 2012));
        assertEquals(4, count(ObservationKind.IMMUNISATION, null, 2012));
        assertEquals(4L, (long) inUnitOfWork(() -> observations().countCodes(ObservationKind.IMMUNISATION,
                List.of("MMR1", "MMR2"), LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31))));
    }

    @Test
    public void amounts_are_counted_from_a_minimum_included_to_a_maximum_excluded_either_open() {
        LocalDate on = LocalDate.of(2013, 9, 1);
        for (String centile : List.of("1.9", "2.0", "84.99", "85.0", "98.0")) {
            add(seen(aChild(), BORN, ObservationKind.CHILD_MEASUREMENT, on, "RECEPTION", centile));
        }
        LocalDate from = LocalDate.of(2013, 1, 1);
        LocalDate to = LocalDate.of(2013, 12, 31);
        assertEquals(2L, (long) inUnitOfWork(() -> observations().countAmount(ObservationKind.CHILD_MEASUREMENT,
                "RECEPTION", from, to, new BigDecimal("2"), new BigDecimal("85"))));
        assertEquals(1L, (long) inUnitOfWork(() -> observations().countAmount(ObservationKind.CHILD_MEASUREMENT,
                "RECEPTION", from, to, null, new BigDecimal("2"))));
        assertEquals(2L, (long) inUnitOfWork(() -> observations().countAmount(ObservationKind.CHILD_MEASUREMENT,
                "RECEPTION", from, to, new BigDecimal("85"), null)));
    }

    @Test
    public void children_turning_five_in_the_period_are_counted_with_those_immunised_with_mmr2_by_then() {
        NhsNumber immunised = aChild();
        NhsNumber onlyFirstDose = aChild();
        NhsNumber tooLate = aChild();
        add(seen(immunised, LocalDate.of(2015, 3, 1), ObservationKind.IMMUNISATION, LocalDate.of(2019, 6, 1), "MMR2", null),
                seen(onlyFirstDose, LocalDate.of(2015, 5, 1), ObservationKind.IMMUNISATION, LocalDate.of(2016, 6, 1), "MMR1", null),
                seen(tooLate, LocalDate.of(2015, 7, 1), ObservationKind.IMMUNISATION, LocalDate.of(2020, 8, 1), "MMR2", null));
        assertEquals(new ChildHealthObservations.ByFive(3, 1), inUnitOfWork(() -> observations().mmr2ByFive(
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))));
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            observations().addAll(List.of(seen(aChild(), BORN, ObservationKind.ORAL_HEALTH, LocalDate.of(2014, 5, 1),
                    "", "3")));
            throw new IllegalStateException("the import failed after adding the row");
        }));
        assertEquals(0, count(ObservationKind.ORAL_HEALTH, null, 2014));
    }

    @Test
    public void overlapping_files_added_at_once_add_each_observation_once() throws Exception {
        List<ChildHealthObservation> file = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            file.add(seen(aChild(), BORN, ObservationKind.BIRTH_WEIGHT, LocalDate.of(2016, 1, 1 + i), "", "3400"));
        }
        AtomicInteger added = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> added.addAndGet(inUnitOfWork(() -> observations().addAll(file)))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(12, added.get(), "each observation added by exactly one of the imports");
        assertEquals(12, count(ObservationKind.BIRTH_WEIGHT, null, 2016));
    }
}

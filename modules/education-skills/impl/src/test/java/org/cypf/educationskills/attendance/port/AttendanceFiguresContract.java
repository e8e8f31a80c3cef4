package org.cypf.educationskills.attendance.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.educationskills.attendance.port.AttendanceFigures.Figures;
import org.cypf.educationskills.virtualschool.domain.VirtualSchoolRegistration;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every reading of the attendance figures must give (ADR 0097, the contract suites): the counts the persistent
 * absence, severe absence, attendance rate and children in care's absence measures are computed from (ADR 0042).
 * CYPF's jOOQ figures pass it on PostgreSQL over terms its jOOQ store holds; an integrator's figures run it over terms
 * their store holds. The terms are put through the context's own store ({@link #attendance()}), as an import puts
 * them, and children in care through the virtual school's roll ({@link #roll()}), as social care's events put them.
 *
 * <p>The promises, on terms worked out by hand: each pupil's terms of the year are added together, at whichever
 * school, before the lines are drawn, so a pupil over 10 % in one term may be under it for the year and the other way
 * round; 10 % and 50 % of the possible sessions are on the line and count (compared exactly); sessions possible and
 * missed are summed over every pupil; terms of the years before and after are not counted; a term imported again is
 * counted once, as corrected, and the same term imported by two units of work at once once; children in care are the
 * pupils on the roll on the date by UPN, the day they entered care and the day they left both included, a child with
 * two times in care over the date counted once, a child on the roll with no terms held not counted; a reading sees
 * what its own unit of work put, and nothing of one that rolled back; a year with none gives zeros. The figures
 * promise no concurrency of their own: they read in the caller's unit of work. Each test counts years of its own, so
 * tests sharing a store never meet.
 */
public abstract class AttendanceFiguresContract {
    private static final AtomicInteger SERIALS = new AtomicInteger();
    /** Each test takes three years (the one it counts and those either side), none another test takes. */
    private static final AtomicInteger YEARS = new AtomicInteger(2060);
    private static final int SCHOOL = 940_001;
    private static final int OTHER_SCHOOL = 940_002;
    private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.england();

    /** The store the terms are put in, which the figures read. */
    protected abstract AttendanceRecords attendance();

    /** The virtual school's roll, which says who was in care on a date. */
    protected abstract VirtualSchoolRoll roll();

    protected abstract AttendanceFigures figures();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Makes the pupil known where the store needs it known first; nothing by default. */
    protected void registerPupil(UniquePupilNumber upn) {}

    /** Makes a setting of this URN known where the store needs it; called before each test. */
    protected void registerSetting(int urn) {}

    @BeforeEach
    public final void settingsHeld() {
        registerSetting(SCHOOL);
        registerSetting(OTHER_SCHOOL);
    }

    /** A year of the test's own, its neighbours unused by any other test. */
    private static AcademicYear aYear() {
        return new AcademicYear(YEARS.getAndAdd(3) + 1);
    }

    /** A fresh pupil with a valid UPN (its check letter the kernel's). */
    private UniquePupilNumber aPupil() {
        UniquePupilNumber upn = UniquePupilNumber.withCheckLetter(
                String.format("2110000%02d%03d", 16 + SERIALS.get() / 1000, SERIALS.getAndIncrement() % 1000));
        registerPupil(upn);
        return upn;
    }

    private static TermAttendance term(UniquePupilNumber upn, AcademicYear year, Term term, int possible, int missed) {
        return new TermAttendance(upn, year, term, SCHOOL, possible, missed);
    }

    private void put(TermAttendance... terms) {
        inUnitOfWork(() -> {
            attendance().put(List.of(terms));
            return null;
        });
    }

    /** Puts the child on the roll from {@code entered}, and off it on {@code left} (null: still in care). */
    private void inCare(UniquePupilNumber upn, LocalDate entered, LocalDate left) {
        var registration = VirtualSchoolRegistration.register(ChildId.newId(), upn, LocalDate.of(2050, 3, 1), entered,
                ENGLAND);
        inUnitOfWork(() -> {
            roll().add(left == null ? registration : registration.leftCare(left));
            return null;
        });
    }

    private Figures of(AcademicYear year) {
        return inUnitOfWork(() -> figures().of(year, null));
    }

    private Figures ofChildrenInCare(AcademicYear year, LocalDate on) {
        return inUnitOfWork(() -> figures().of(year, on));
    }

    private static AcademicYear before(AcademicYear year) {
        return new AcademicYear(year.startYear() - 1);
    }

    private static AcademicYear after(AcademicYear year) {
        return new AcademicYear(year.startYear() + 1);
    }

    @Test
    public void each_pupils_terms_are_added_together_before_the_lines_which_count_and_the_years_either_side_apart() {
        AcademicYear year = aYear();
        var onTheLine = aPupil();        // 14 of 140: 10 % exactly, persistent
        var underTheLine = aPupil();     // 13 of 140: 9.3 %, neither
        var severeOnTheLine = aPupil();  // 50 of 100: 50 % exactly, severe and persistent
        var severeInOneTerm = aPupil();  // 60 of 100, then 0 of 100 elsewhere: 30 % for the year, persistent only
        var overInTheYear = aPupil();    // 9 of 100, then 11 of 100: 10 % for the year, persistent
        var overInOneTerm = aPupil();    // 5 of 100, then 12 of 100: 8.5 % for the year, neither
        var nextYears = aPupil();
        put(term(onTheLine, year, Term.AUTUMN, 140, 14),
                term(underTheLine, year, Term.AUTUMN, 140, 13),
                term(severeOnTheLine, year, Term.SPRING, 100, 50),
                term(severeInOneTerm, year, Term.AUTUMN, 100, 60),
                new TermAttendance(severeInOneTerm, year, Term.SPRING, OTHER_SCHOOL, 100, 0),
                term(overInTheYear, year, Term.AUTUMN, 100, 9),
                term(overInTheYear, year, Term.SUMMER, 100, 11),
                term(overInOneTerm, year, Term.AUTUMN, 100, 5),
                term(overInOneTerm, year, Term.SPRING, 100, 12),
                term(onTheLine, before(year), Term.SUMMER, 100, 100),
                term(nextYears, after(year), Term.AUTUMN, 120, 60));

        assertEquals(new Figures(6, 4, 1, 140 + 140 + 100 + 200 + 200 + 200, 14 + 13 + 50 + 60 + 20 + 17), of(year));
        assertEquals(new Figures(1, 1, 1, 100, 100), of(before(year)), "the year before, apart");
        assertEquals(new Figures(1, 1, 1, 120, 60), of(after(year)), "the year after, apart");
    }

    @Test
    public void a_term_imported_again_is_counted_once_as_corrected() {
        AcademicYear year = aYear();
        var pupil = aPupil();
        var autumn = term(pupil, year, Term.AUTUMN, 140, 14);
        put(autumn);
        assertEquals(new Figures(1, 1, 0, 140, 14), of(year));
        put(autumn);
        put(autumn, autumn);
        assertEquals(new Figures(1, 1, 0, 140, 14), of(year), "the same term again changes nothing");
        put(term(pupil, year, Term.AUTUMN, 140, 7));
        assertEquals(new Figures(1, 0, 0, 140, 7), of(year), "corrected, under the line");
    }

    @Test
    public void the_same_term_imported_by_two_units_of_work_at_once_is_counted_once() throws Exception {
        AcademicYear year = aYear();
        var pupil = aPupil();
        List<Callable<Void>> imports = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            imports.add(() -> {
                put(term(pupil, year, Term.SPRING, 120, 60));
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Future<Void> f : pool.invokeAll(imports)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(new Figures(1, 1, 1, 120, 60), of(year));
    }

    @Test
    public void children_in_care_are_the_pupils_on_the_roll_on_the_date_both_ends_included_each_once() {
        AcademicYear year = aYear();
        LocalDate on = LocalDate.of(year.startYear(), 12, 1);
        var inCare = aPupil();
        var enteredThatDay = aPupil();
        var leftThatDay = aPupil();
        var twiceInCare = aPupil();
        var leftTheDayBefore = aPupil();
        var enteredTheDayAfter = aPupil();
        var neverInCare = aPupil();
        var noTermsHeld = aPupil();
        inCare(inCare, LocalDate.of(year.startYear(), 9, 1), null);
        inCare(enteredThatDay, on, null);
        inCare(leftThatDay, LocalDate.of(year.startYear() - 1, 6, 1), on);
        inCare(twiceInCare, LocalDate.of(year.startYear() - 1, 6, 1), on);
        inCare(twiceInCare, on, null);
        inCare(leftTheDayBefore, LocalDate.of(year.startYear(), 9, 1), on.minusDays(1));
        inCare(enteredTheDayAfter, on.plusDays(1), null);
        inCare(noTermsHeld, LocalDate.of(year.startYear(), 9, 1), null);
        put(term(inCare, year, Term.AUTUMN, 100, 10),
                term(enteredThatDay, year, Term.AUTUMN, 100, 50),
                term(leftThatDay, year, Term.AUTUMN, 100, 0),
                term(twiceInCare, year, Term.AUTUMN, 100, 20),
                term(leftTheDayBefore, year, Term.AUTUMN, 100, 100),
                term(enteredTheDayAfter, year, Term.AUTUMN, 100, 100),
                term(neverInCare, year, Term.AUTUMN, 100, 100));

        assertEquals(new Figures(4, 3, 1, 400, 80), ofChildrenInCare(year, on));
        assertEquals(new Figures(7, 6, 4, 700, 380), of(year), "every pupil, when no date is given");
        assertEquals(new Figures(0, 0, 0, 0, 0), ofChildrenInCare(year, LocalDate.of(year.startYear() - 1, 5, 31)),
                "no one was in care the day before the first entered");
    }

    @Test
    public void a_reading_sees_what_its_own_unit_of_work_put_and_nothing_of_one_rolled_back() {
        AcademicYear year = aYear();
        var pupil = aPupil();
        assertEquals(new Figures(1, 0, 0, 140, 3), inUnitOfWork(() -> {
            attendance().put(List.of(term(pupil, year, Term.AUTUMN, 140, 3)));
            return figures().of(year, null);
        }), "an import's own reading, before it commits");
        var other = aPupil();
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            attendance().put(List.of(term(other, year, Term.AUTUMN, 140, 140)));
            throw new IllegalStateException("the import failed after putting the term");
        }));
        assertEquals(new Figures(1, 0, 0, 140, 3), of(year));
    }

    @Test
    public void a_year_with_no_terms_gives_zeros() {
        AcademicYear year = aYear();
        assertEquals(new Figures(0, 0, 0, 0, 0), of(year));
        assertEquals(new Figures(0, 0, 0, 0, 0), ofChildrenInCare(year, LocalDate.of(year.startYear(), 12, 1)));
    }
}

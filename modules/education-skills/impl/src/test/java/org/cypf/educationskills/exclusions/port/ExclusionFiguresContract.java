package org.cypf.educationskills.exclusions.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.exclusions.domain.Exclusion;
import org.cypf.educationskills.exclusions.domain.ExclusionCategory;
import org.cypf.educationskills.virtualschool.domain.ChildInCareExclusion;
import org.cypf.educationskills.virtualschool.domain.VirtualSchoolRegistration;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every reading of the exclusion figures must give (ADR 0097, the contract suites): the counts the suspensions,
 * permanent exclusions, their rates and children in care's suspensions are computed from (ADR 0042). CYPF's jOOQ
 * figures pass it on PostgreSQL; an integrator's figures run it over their own stores. The records are put through
 * the context's own stores, as the imports and the virtual school's subscriber put them: the schools' exclusions
 * ({@link #exclusions()}), the virtual school's copies for children in care ({@link #roll()}) and the terms that make
 * the school population ({@link #attendance()}).
 *
 * <p>The promises, on records worked out by hand: the exclusions of one category starting in the period are counted,
 * the first and last days included, the days either side and the other category not; the same exclusion imported
 * again is refused and counted once, and a corrected one once; the same exclusion imported by two units of work at
 * once is counted once (the other refused); children in care's are those on the virtual school's record, counted
 * once however often the event was delivered, and a school's exclusion of a child in care the virtual school has not
 * recorded is not among them; the pupils on roll are those with attendance held in the school year, each once however
 * many terms, the years either side apart; what a unit of work rolled back is not counted; a period with none gives
 * zeros. Each test counts dates and years of its own, so tests sharing a store never meet.
 */
public abstract class ExclusionFiguresContract {
    private static final AtomicInteger SERIALS = new AtomicInteger();
    /** Each test takes three school years (the one it counts and those either side), none another test takes. */
    private static final AtomicInteger YEARS = new AtomicInteger(2060);
    private static final int SCHOOL = 950_001;
    private static final int OTHER_SCHOOL = 950_002;
    private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.england();

    /** The schools' suspensions and exclusions, which the figures count. */
    protected abstract ExclusionRecords exclusions();

    /** The virtual school's roll, holding children in care's copies of their exclusions. */
    protected abstract VirtualSchoolRoll roll();

    /** The terms held, whose pupils are the school population. */
    protected abstract AttendanceRecords attendance();

    protected abstract ExclusionFigures figures();

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

    /** A school year of the test's own, its neighbours unused by any other test. */
    private static AcademicYear aYear() {
        return new AcademicYear(YEARS.getAndAdd(3) + 1);
    }

    /** A fresh pupil with a valid UPN (its check letter the kernel's). */
    private UniquePupilNumber aPupil() {
        UniquePupilNumber upn = UniquePupilNumber.withCheckLetter(
                String.format("2120000%02d%03d", 16 + SERIALS.get() / 1000, SERIALS.getAndIncrement() % 1000));
        registerPupil(upn);
        return upn;
    }

    private static Exclusion suspension(UniquePupilNumber upn, LocalDate on) {
        return new Exclusion(UUID.randomUUID(), upn, SCHOOL, ExclusionCategory.SUSPENSION, "VA", on, 2);
    }

    private static Exclusion permanent(UniquePupilNumber upn, LocalDate on) {
        return new Exclusion(UUID.randomUUID(), upn, SCHOOL, ExclusionCategory.PERMANENT, "DB", on, null);
    }

    private void add(Exclusion... added) {
        inUnitOfWork(() -> {
            for (Exclusion e : added) {
                exclusions().add(e);
            }
            return null;
        });
    }

    private long count(ExclusionCategory category, LocalDate from, LocalDate to) {
        return inUnitOfWork(() -> figures().count(category, from, to));
    }

    private long countOfChildrenInCare(ExclusionCategory category, LocalDate from, LocalDate to) {
        return inUnitOfWork(() -> figures().countOfChildrenInCare(category, from, to));
    }

    private long pupilsOnRoll(AcademicYear year) {
        return inUnitOfWork(() -> figures().pupilsOnRoll(year.startYear()));
    }

    /** The child on the virtual school's roll, in care from {@code entered}. */
    private VirtualSchoolRegistration inCare(UniquePupilNumber upn, LocalDate entered) {
        var registration = VirtualSchoolRegistration.register(ChildId.newId(), upn, LocalDate.of(2050, 3, 1), entered,
                ENGLAND);
        inUnitOfWork(() -> {
            roll().add(registration);
            return null;
        });
        return registration;
    }

    /** The exclusion on the child in care's record, as the virtual school's subscriber adds it: true if added. */
    private boolean onTheirRecord(VirtualSchoolRegistration registration, Exclusion e) {
        return inUnitOfWork(() -> roll().addExclusion(ChildInCareExclusion.of(registration, e.exclusionId(), e.urn(),
                e.category().name(), e.reason(), e.startDate(), e.sessions())));
    }

    @Test
    public void exclusions_of_the_category_starting_in_the_period_are_counted_both_ends_included() {
        AcademicYear year = aYear();
        LocalDate from = LocalDate.of(year.startYear(), 9, 1);
        LocalDate to = LocalDate.of(year.startYear() + 1, 8, 31);
        var pupil = aPupil();
        add(suspension(pupil, from),
                suspension(pupil, LocalDate.of(year.startYear(), 11, 4)),
                suspension(aPupil(), to),
                suspension(aPupil(), from.minusDays(1)),
                suspension(aPupil(), to.plusDays(1)),
                permanent(pupil, LocalDate.of(year.startYear() + 1, 2, 3)),
                permanent(aPupil(), to),
                new Exclusion(UUID.randomUUID(), pupil, OTHER_SCHOOL, ExclusionCategory.SUSPENSION, "PP",
                        LocalDate.of(year.startYear() + 1, 3, 9), 4));

        assertEquals(4, count(ExclusionCategory.SUSPENSION, from, to), "a pupil's three, at two schools, and one more");
        assertEquals(2, count(ExclusionCategory.PERMANENT, from, to));
        assertEquals(1, count(ExclusionCategory.SUSPENSION, from.minusDays(1), from.minusDays(1)), "the day before");
        assertEquals(1, count(ExclusionCategory.SUSPENSION, to.plusDays(1), to.plusDays(1)), "the day after");
        assertEquals(0, count(ExclusionCategory.PERMANENT, to.plusDays(1), to.plusDays(1)));
    }

    @Test
    public void the_same_exclusion_imported_again_is_refused_and_counted_once_and_a_corrected_one_once() {
        AcademicYear year = aYear();
        LocalDate on = LocalDate.of(year.startYear(), 10, 6);
        var first = suspension(aPupil(), on);
        add(first);
        assertThrows(Conflict.class, () -> add(new Exclusion(UUID.randomUUID(), first.upn(), first.urn(),
                first.category(), first.reason(), first.startDate(), first.sessions())));
        assertEquals(1, count(ExclusionCategory.SUSPENSION, on, on));
        inUnitOfWork(() -> {
            exclusions().replace(new Exclusion(first.exclusionId(), first.upn(), first.urn(), first.category(), "BU",
                    first.startDate(), 6));
            return null;
        });
        assertEquals(1, count(ExclusionCategory.SUSPENSION, on, on), "corrected, still one");
    }

    @Test
    public void the_same_exclusion_imported_by_two_units_of_work_at_once_is_counted_once() throws Exception {
        AcademicYear year = aYear();
        LocalDate on = LocalDate.of(year.startYear(), 10, 13);
        var pupil = aPupil();
        AtomicInteger refused = new AtomicInteger();
        List<Callable<Void>> imports = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            imports.add(() -> {
                try {
                    add(permanent(pupil, on));
                } catch (Conflict second) {
                    refused.incrementAndGet();
                }
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
        assertEquals(1, refused.get(), "one of the two refused");
        assertEquals(1, count(ExclusionCategory.PERMANENT, on, on));
    }

    @Test
    public void children_in_cares_are_those_on_the_virtual_schools_record_once_however_often_delivered() {
        AcademicYear year = aYear();
        LocalDate from = LocalDate.of(year.startYear(), 9, 1);
        LocalDate to = LocalDate.of(year.startYear() + 1, 8, 31);
        var child = aPupil();
        var notYetRecorded = aPupil();
        var registration = inCare(child, from.minusYears(1));
        inCare(notYetRecorded, from.minusYears(1));
        var suspended = suspension(child, LocalDate.of(year.startYear(), 11, 10));
        var excluded = permanent(child, LocalDate.of(year.startYear() + 1, 5, 4));
        var before = suspension(child, from.minusDays(1));
        add(suspended, excluded, before, suspension(notYetRecorded, LocalDate.of(year.startYear(), 11, 10)));
        assertTrue(onTheirRecord(registration, suspended));
        assertFalse(onTheirRecord(registration, suspended), "delivered again: already there");
        assertTrue(onTheirRecord(registration, excluded));
        assertTrue(onTheirRecord(registration, before));

        assertEquals(1, countOfChildrenInCare(ExclusionCategory.SUSPENSION, from, to));
        assertEquals(1, countOfChildrenInCare(ExclusionCategory.PERMANENT, from, to));
        assertEquals(1, countOfChildrenInCare(ExclusionCategory.SUSPENSION, from.minusDays(1), from.minusDays(1)));
        assertEquals(2, count(ExclusionCategory.SUSPENSION, from, to), "every pupil's, the schools' records");
    }

    @Test
    public void the_pupils_on_roll_are_those_with_attendance_held_in_the_year_each_once() {
        AcademicYear year = aYear();
        AcademicYear before = new AcademicYear(year.startYear() - 1);
        AcademicYear after = new AcademicYear(year.startYear() + 1);
        var everyTerm = aPupil();
        var oneTerm = aPupil();
        var lastYear = aPupil();
        inUnitOfWork(() -> {
            attendance().put(List.of(
                    new TermAttendance(everyTerm, year, Term.AUTUMN, SCHOOL, 140, 2),
                    new TermAttendance(everyTerm, year, Term.SPRING, OTHER_SCHOOL, 120, 0),
                    new TermAttendance(everyTerm, year, Term.SUMMER, SCHOOL, 110, 9),
                    new TermAttendance(oneTerm, year, Term.SPRING, SCHOOL, 120, 0),
                    new TermAttendance(lastYear, before, Term.SUMMER, SCHOOL, 110, 0),
                    new TermAttendance(everyTerm, after, Term.AUTUMN, SCHOOL, 140, 0)));
            return null;
        });
        assertEquals(2, pupilsOnRoll(year));
        assertEquals(1, pupilsOnRoll(before));
        assertEquals(1, pupilsOnRoll(after));
        inUnitOfWork(() -> {
            attendance().put(List.of(new TermAttendance(oneTerm, year, Term.SPRING, SCHOOL, 118, 1)));
            return null;
        });
        assertEquals(2, pupilsOnRoll(year), "a term imported again adds no pupil");
    }

    @Test
    public void what_a_unit_of_work_rolled_back_is_not_counted() {
        AcademicYear year = aYear();
        LocalDate on = LocalDate.of(year.startYear(), 12, 1);
        var pupil = aPupil();
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            exclusions().add(suspension(pupil, on));
            attendance().put(List.of(new TermAttendance(pupil, year, Term.AUTUMN, SCHOOL, 140, 2)));
            throw new IllegalStateException("the import failed after adding the exclusion");
        }));
        assertEquals(0, count(ExclusionCategory.SUSPENSION, on, on));
        assertEquals(0, pupilsOnRoll(year));
    }

    @Test
    public void a_period_with_none_gives_zeros() {
        AcademicYear year = aYear();
        LocalDate from = LocalDate.of(year.startYear(), 9, 1);
        LocalDate to = LocalDate.of(year.startYear() + 1, 8, 31);
        assertEquals(0, count(ExclusionCategory.SUSPENSION, from, to));
        assertEquals(0, count(ExclusionCategory.PERMANENT, from, to));
        assertEquals(0, countOfChildrenInCare(ExclusionCategory.SUSPENSION, from, to));
        assertEquals(0, pupilsOnRoll(year));
    }
}

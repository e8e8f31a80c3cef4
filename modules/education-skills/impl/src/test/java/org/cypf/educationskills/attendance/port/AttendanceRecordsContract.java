package org.cypf.educationskills.attendance.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store of pupils' termly attendance must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter
 * passes it on PostgreSQL; an integrator's store of the same terms runs it too.
 *
 * <p>The promises: each term put is read back whole by its pupil's UPN, and a reading returns only the pupils asked
 * for, none for an empty question; a pupil has one figure a term, so putting the same term again replaces it and
 * putting it twice keeps one (an import run again changes nothing); the URNs no setting holds are named; one pupil's
 * terms are read latest first (summer, spring, autumn within a year), a page at a time, with their count; what a
 * unit of work put is gone when it rolls back; the same term put by two units of work at once is kept once. Each
 * test works on pupils of its own, so tests sharing a store never meet.
 */
public abstract class AttendanceRecordsContract {

    protected abstract AttendanceRecords attendance();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Makes the pupil known where the store needs it known first (education's terms name a pupil it holds). */
    protected void registerPupil(UniquePupilNumber upn) {}

    /**
     * Makes a setting of this URN known where the store needs it (a term is at a school education holds); called
     * before each test, so registering a setting already held must change nothing.
     */
    protected void registerSetting(int urn) {}

    private static final AtomicInteger SERIALS = new AtomicInteger();
    private static final int SCHOOL = 920_001;
    private static final int OTHER_SCHOOL = 920_002;
    private static final AcademicYear YEAR = new AcademicYear(2024);

    @BeforeEach
    public final void settingsHeld() {
        registerSetting(SCHOOL);
        registerSetting(OTHER_SCHOOL);
    }

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    /** A fresh pupil with a valid UPN (its check letter the kernel's). */
    private UniquePupilNumber aPupil() {
        String body = String.format("2090000%02d%03d", 16 + SERIALS.get() / 1000, SERIALS.getAndIncrement() % 1000);
        UniquePupilNumber upn = UniquePupilNumber.withCheckLetter(body);
        registerPupil(upn);
        return upn;
    }

    private void put(TermAttendance... terms) {
        inUnitOfWork(() -> attendance().put(List.of(terms)));
    }

    private Set<TermAttendance> ofPupils(UniquePupilNumber... upns) {
        return new HashSet<>(inUnitOfWork(() -> attendance().ofPupils(List.of(upns))));
    }

    @Test
    public void each_term_put_is_read_back_whole_by_its_pupil_and_only_the_pupils_asked_for() {
        UniquePupilNumber pupil = aPupil();
        UniquePupilNumber other = aPupil();
        var autumn = new TermAttendance(pupil, YEAR, Term.AUTUMN, SCHOOL, 140, 12);
        var spring = new TermAttendance(pupil, YEAR, Term.SPRING, OTHER_SCHOOL, 120, 0);
        put(autumn, spring, new TermAttendance(other, YEAR, Term.AUTUMN, SCHOOL, 140, 70));
        assertEquals(Set.of(autumn, spring), ofPupils(pupil));
        assertEquals(3, ofPupils(pupil, other).size());
        assertEquals(Set.of(), ofPupils(), "an empty question has an empty answer");
    }

    @Test
    public void putting_the_same_term_again_replaces_it_and_twice_keeps_one() {
        UniquePupilNumber pupil = aPupil();
        put(new TermAttendance(pupil, YEAR, Term.AUTUMN, SCHOOL, 140, 12));
        var corrected = new TermAttendance(pupil, YEAR, Term.AUTUMN, OTHER_SCHOOL, 138, 14);
        put(corrected);
        put(corrected, corrected);
        assertEquals(Set.of(corrected), ofPupils(pupil));
        assertEquals(1L, (long) inUnitOfWork(() -> attendance().countOfPupil(pupil)));
    }

    @Test
    public void the_urns_no_setting_holds_are_named() {
        assertEquals(Set.of(999_991), inUnitOfWork(() -> attendance().unknownSettings(List.of(SCHOOL, 999_991))));
        assertEquals(Set.of(), inUnitOfWork(() -> attendance().unknownSettings(List.of())));
    }

    @Test
    public void one_pupils_terms_are_read_latest_first_a_page_at_a_time_with_their_count() {
        UniquePupilNumber pupil = aPupil();
        var earlier = new TermAttendance(pupil, new AcademicYear(2023), Term.SUMMER, SCHOOL, 110, 3);
        var autumn = new TermAttendance(pupil, YEAR, Term.AUTUMN, SCHOOL, 140, 5);
        var spring = new TermAttendance(pupil, YEAR, Term.SPRING, SCHOOL, 120, 6);
        var summer = new TermAttendance(pupil, YEAR, Term.SUMMER, SCHOOL, 110, 7);
        put(autumn, earlier, summer, spring);
        put(new TermAttendance(aPupil(), new AcademicYear(2025), Term.AUTUMN, SCHOOL, 140, 1));

        assertEquals(List.of(summer, spring), inUnitOfWork(() -> attendance().ofPupil(pupil, 0, 2)));
        assertEquals(List.of(autumn, earlier), inUnitOfWork(() -> attendance().ofPupil(pupil, 2, 2)));
        assertEquals(List.of(), inUnitOfWork(() -> attendance().ofPupil(pupil, 4, 2)));
        assertEquals(4L, (long) inUnitOfWork(() -> attendance().countOfPupil(pupil)));
    }

    @Test
    public void what_a_unit_of_work_put_is_gone_when_it_rolls_back() {
        UniquePupilNumber pupil = aPupil();
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            attendance().put(List.of(new TermAttendance(pupil, YEAR, Term.AUTUMN, SCHOOL, 140, 12)));
            throw new IllegalStateException("the import failed after putting the term");
        }));
        assertEquals(Set.of(), ofPupils(pupil));
    }

    @Test
    public void the_same_term_put_by_two_units_of_work_at_once_is_kept_once() throws Exception {
        UniquePupilNumber pupil = aPupil();
        List<Callable<Void>> imports = new ArrayList<>();
        for (int missed : List.of(10, 20)) {
            var term = new TermAttendance(pupil, YEAR, Term.SPRING, SCHOOL, 120, missed);
            imports.add(() -> {
                put(term);
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
        Set<TermAttendance> held = ofPupils(pupil);
        assertEquals(1, held.size(), held.toString());
    }
}

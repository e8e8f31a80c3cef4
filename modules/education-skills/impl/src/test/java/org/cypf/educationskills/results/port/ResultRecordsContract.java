package org.cypf.educationskills.results.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
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
import org.cypf.educationskills.results.domain.EarlyLearningGoal;
import org.cypf.educationskills.results.domain.EyfsProfile;
import org.cypf.educationskills.results.domain.Ks2Result;
import org.cypf.educationskills.results.domain.Ks4Result;
import org.cypf.educationskills.results.domain.WritingAssessment;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store of pupils' results must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter passes it on
 * PostgreSQL; an integrator's store of the same results runs it too.
 *
 * <p>The promises: an early years profile, a key stage 2 result and a key stage 4 result put are each read back whole
 * by the pupil's UPN, and a reading returns only the pupils asked for, none for an empty question; a pupil has one
 * result a year for each assessment, so putting the same year again replaces it and putting it twice keeps one (an
 * import run again changes nothing), while another year is kept beside it; the URNs no setting holds are named; what
 * a unit of work put is gone when it rolls back; the same year put by two units of work at once is kept once. Each
 * test works on pupils of its own, so tests sharing a store never meet. Readings are compared as sets: the port
 * promises no order.
 */
public abstract class ResultRecordsContract {

    protected abstract ResultRecords results();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Makes the pupil known where the store needs it known first (education's results name a pupil it holds). */
    protected void registerPupil(UniquePupilNumber upn) {}

    /**
     * Makes a setting of this URN known where the store needs it (a result is at a school education holds); called
     * before each test, so registering a setting already held must change nothing.
     */
    protected void registerSetting(int urn) {}

    private static final AtomicInteger SERIALS = new AtomicInteger();
    private static final int SCHOOL = 930_001;
    private static final int OTHER_SCHOOL = 930_002;
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
        String body = String.format("2100000%02d%03d", 16 + SERIALS.get() / 1000, SERIALS.getAndIncrement() % 1000);
        UniquePupilNumber upn = UniquePupilNumber.withCheckLetter(body);
        registerPupil(upn);
        return upn;
    }

    private static Ks2Result ks2(UniquePupilNumber upn, AcademicYear year, int urn, int reading) {
        return new Ks2Result(upn, year, urn, false, reading, 104, WritingAssessment.EXS);
    }

    private static Ks4Result ks4(UniquePupilNumber upn, AcademicYear year, int urn, String attainment8) {
        return new Ks4Result(upn, year, urn, true, new BigDecimal(attainment8), new BigDecimal("-0.35"), 5, 4);
    }

    private Set<Ks2Result> ks2Of(UniquePupilNumber... upns) {
        return new HashSet<>(inUnitOfWork(() -> results().ks2Of(List.of(upns))));
    }

    @Test
    public void each_assessment_put_is_read_back_whole_by_its_pupil_and_only_the_pupils_asked_for() {
        UniquePupilNumber pupil = aPupil();
        UniquePupilNumber other = aPupil();
        var profile = new EyfsProfile(pupil, new AcademicYear(2018), SCHOOL, true,
                Set.of(EarlyLearningGoal.SPEAKING, EarlyLearningGoal.COMPREHENSION));
        var key2 = ks2(pupil, new AcademicYear(2024), SCHOOL, 101);
        var key4 = ks4(pupil, new AcademicYear(2029), OTHER_SCHOOL, "47.5");
        inUnitOfWork(() -> {
            results().putEyfs(List.of(profile));
            results().putKs2(List.of(key2, ks2(other, YEAR, SCHOOL, 99)));
            results().putKs4(List.of(key4));
        });

        assertEquals(List.of(profile), inUnitOfWork(() -> results().eyfsOf(List.of(pupil))));
        assertEquals(Set.of(key2), ks2Of(pupil));
        assertEquals(List.of(key4), inUnitOfWork(() -> results().ks4Of(List.of(pupil))));
        assertEquals(2, ks2Of(pupil, other).size());
        assertEquals(Set.of(), ks2Of(), "an empty question has an empty answer");
    }

    @Test
    public void putting_the_same_year_again_replaces_it_twice_keeps_one_and_another_year_is_kept_beside_it() {
        UniquePupilNumber pupil = aPupil();
        inUnitOfWork(() -> results().putKs2(List.of(ks2(pupil, YEAR, SCHOOL, 95))));
        var corrected = ks2(pupil, YEAR, OTHER_SCHOOL, 97);
        inUnitOfWork(() -> results().putKs2(List.of(corrected)));
        inUnitOfWork(() -> results().putKs2(List.of(corrected)));
        var resat = ks2(pupil, new AcademicYear(2025), SCHOOL, 102);
        inUnitOfWork(() -> results().putKs2(List.of(resat)));
        assertEquals(Set.of(corrected, resat), ks2Of(pupil));

        var first = ks4(pupil, YEAR, SCHOOL, "40");
        var second = ks4(pupil, YEAR, SCHOOL, "41.25");
        inUnitOfWork(() -> results().putKs4(List.of(first)));
        inUnitOfWork(() -> results().putKs4(List.of(second)));
        assertEquals(List.of(second), inUnitOfWork(() -> results().ks4Of(List.of(pupil))));
    }

    @Test
    public void the_urns_no_setting_holds_are_named() {
        assertEquals(Set.of(999_992), inUnitOfWork(() -> results().unknownSettings(List.of(SCHOOL, 999_992))));
        assertEquals(Set.of(), inUnitOfWork(() -> results().unknownSettings(List.of())));
    }

    @Test
    public void what_a_unit_of_work_put_is_gone_when_it_rolls_back() {
        UniquePupilNumber pupil = aPupil();
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            results().putKs2(List.of(ks2(pupil, YEAR, SCHOOL, 100)));
            results().putEyfs(List.of(new EyfsProfile(pupil, new AcademicYear(2018), SCHOOL, false, Set.of())));
            throw new IllegalStateException("the import failed after putting the rows");
        }));
        assertEquals(Set.of(), ks2Of(pupil));
        assertEquals(List.of(), inUnitOfWork(() -> results().eyfsOf(List.of(pupil))));
    }

    @Test
    public void the_same_year_put_by_two_units_of_work_at_once_is_kept_once() throws Exception {
        UniquePupilNumber pupil = aPupil();
        List<Callable<Void>> imports = new ArrayList<>();
        for (int reading : List.of(98, 108)) {
            var result = ks2(pupil, YEAR, SCHOOL, reading);
            imports.add(() -> {
                inUnitOfWork(() -> results().putKs2(List.of(result)));
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
        Set<Ks2Result> held = ks2Of(pupil);
        assertEquals(1, held.size(), held.toString());
    }
}

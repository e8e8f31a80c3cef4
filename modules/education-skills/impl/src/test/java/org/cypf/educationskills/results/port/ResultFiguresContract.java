package org.cypf.educationskills.results.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.results.domain.EarlyLearningGoal;
import org.cypf.educationskills.results.domain.EyfsProfile;
import org.cypf.educationskills.results.domain.Ks2Result;
import org.cypf.educationskills.results.domain.Ks4Result;
import org.cypf.educationskills.results.domain.WritingAssessment;
import org.cypf.educationskills.results.port.ResultFigures.Counted;
import org.cypf.educationskills.results.port.ResultFigures.Ks4Figures;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every reading of the results' figures must give (ADR 0097, the contract suites): the counts and sums the
 * early years, key stage 2 and key stage 4 measures are computed from. CYPF's jOOQ figures pass it on PostgreSQL over
 * results its jOOQ store holds; an integrator's figures run it over results their store holds. The results are put
 * through the context's own store ({@link #results()}), as an import puts them.
 *
 * <p>The promises, on results worked out by hand: a year's pupils and those meeting each standard are counted, all
 * of them or the disadvantaged or the others only; the boundaries count as the national rules say (a good level of
 * development is the 12 goals of the prime areas, literacy and mathematics, whatever the other five; the expected
 * standard is 100 in both tests with EXS or GDS in writing, the higher 110 with GDS; a missing test score meets
 * neither; basics are both GCSEs at 4, or at 5); Attainment 8 and Progress 8 are summed, Progress 8 over the pupils
 * with one only; a result corrected is counted once, as corrected; results of the years before and after are not
 * counted; a year with none gives zeros. Each test counts a year of its own, so tests sharing a store never meet.
 */
public abstract class ResultFiguresContract {
    private static final AtomicInteger SERIALS = new AtomicInteger();
    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final int SCHOOL = 930_101;

    /** The store the results are put in, which the figures read. */
    protected abstract ResultRecords results();

    protected abstract ResultFigures figures();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Makes the pupil known where the store needs it known first. */
    protected void registerPupil(UniquePupilNumber upn) {}

    /** Makes a setting of this URN known where the store needs it; called before each test. */
    protected void registerSetting(int urn) {}

    @BeforeEach
    public final void settingHeld() {
        registerSetting(SCHOOL);
    }

    /** A fresh pupil with a valid UPN (the DfE's modulus 23 check letter). */
    private UniquePupilNumber aPupil() {
        String body = String.format("2200000%02d%03d", 16 + SERIALS.get() / 1000, SERIALS.getAndIncrement() % 1000);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(i) - '0') * (i + 2);
        }
        UniquePupilNumber upn = new UniquePupilNumber(LETTERS.charAt(sum % 23) + body);
        registerPupil(upn);
        return upn;
    }

    private void put(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    /** The 12 goals a good level of development needs. */
    private static Set<EarlyLearningGoal> counting() {
        return Arrays.stream(EarlyLearningGoal.values()).filter(g -> g.area().countsForGoodLevelOfDevelopment())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EarlyLearningGoal.class)));
    }

    private EyfsProfile profile(AcademicYear year, boolean disadvantaged, Set<EarlyLearningGoal> expected) {
        return new EyfsProfile(aPupil(), year, SCHOOL, disadvantaged, expected);
    }

    private Ks2Result ks2(AcademicYear year, boolean disadvantaged, Integer reading, Integer maths,
                          WritingAssessment writing) {
        return new Ks2Result(aPupil(), year, SCHOOL, disadvantaged, reading, maths, writing);
    }

    private Ks4Result ks4(AcademicYear year, boolean disadvantaged, String attainment8, String progress8, int english,
                          int maths) {
        return new Ks4Result(aPupil(), year, SCHOOL, disadvantaged, new BigDecimal(attainment8),
                progress8 == null ? null : new BigDecimal(progress8), english, maths);
    }

    private Counted eyfs(AcademicYear year, Boolean disadvantaged) {
        return inUnitOfWork(() -> figures().eyfs(year, disadvantaged));
    }

    private Counted ks2(AcademicYear year, Boolean disadvantaged) {
        return inUnitOfWork(() -> figures().ks2(year, disadvantaged));
    }

    /** Sums compared by value: 137.75 held to two places equals 137.75 summed, 0 equals 0.00. */
    private List<Object> ks4(AcademicYear year, Boolean disadvantaged) {
        Ks4Figures f = inUnitOfWork(() -> figures().ks4(year, disadvantaged));
        return List.of(f.pupils(), f.attainment8().stripTrailingZeros(), f.progress8Pupils(),
                f.progress8().stripTrailingZeros(), f.basics4(), f.basics5());
    }

    private static List<Object> ks4(long pupils, String attainment8, long progress8Pupils, String progress8,
                                    long basics4, long basics5) {
        return List.of(pupils, new BigDecimal(attainment8).stripTrailingZeros(), progress8Pupils,
                new BigDecimal(progress8).stripTrailingZeros(), basics4, basics5);
    }

    @Test
    public void early_years_a_good_level_of_development_is_the_12_goals_whatever_the_other_five() {
        AcademicYear year = new AcademicYear(2030);
        Set<EarlyLearningGoal> all = EnumSet.allOf(EarlyLearningGoal.class);
        Set<EarlyLearningGoal> twelve = counting();
        Set<EarlyLearningGoal> oneShort = EnumSet.copyOf(all);
        oneShort.remove(twelve.iterator().next());
        put(() -> results().putEyfs(List.of(
                profile(year, true, all),            // good level
                profile(year, true, oneShort),       // 16 goals, one of the 12 missing: not
                profile(year, false, twelve),        // the 12 only: good level
                profile(year, false, Set.of()),      // none
                profile(new AcademicYear(2029), false, all),
                profile(new AcademicYear(2031), true, all))));

        assertEquals(new Counted(4, 2, 0), eyfs(year, null));
        assertEquals(new Counted(2, 1, 0), eyfs(year, true));
        assertEquals(new Counted(2, 1, 0), eyfs(year, false));
        assertEquals(new Counted(1, 1, 0), eyfs(new AcademicYear(2029), null), "the year before, apart");
    }

    @Test
    public void key_stage_2_the_expected_standard_from_100_and_the_higher_from_110_with_gds() {
        AcademicYear year = new AcademicYear(2031);
        put(() -> results().putKs2(List.of(
                ks2(year, true, 100, 100, WritingAssessment.EXS),   // expected, exactly
                ks2(year, false, 110, 110, WritingAssessment.GDS),  // expected and higher, exactly
                ks2(year, false, 99, 120, WritingAssessment.GDS),   // reading one short: neither
                ks2(year, true, 115, null, WritingAssessment.GDS),  // no maths score: neither
                ks2(year, false, 110, 110, WritingAssessment.EXS),  // expected; EXS is not the higher
                ks2(year, false, 100, 100, WritingAssessment.WTS),  // writing working towards: neither
                ks2(new AcademicYear(2030), false, 120, 120, WritingAssessment.GDS),
                ks2(new AcademicYear(2032), false, 120, 120, WritingAssessment.GDS))));

        assertEquals(new Counted(6, 3, 1), ks2(year, null));
        assertEquals(new Counted(2, 1, 0), ks2(year, true));
        assertEquals(new Counted(4, 2, 1), ks2(year, false));
    }

    @Test
    public void key_stage_4_sums_attainment_8_and_progress_8_over_the_pupils_with_one_and_counts_the_basics() {
        AcademicYear year = new AcademicYear(2032);
        put(() -> results().putKs4(List.of(
                ks4(year, true, "47.50", "-0.35", 5, 4),  // basics at 4, not 5
                ks4(year, false, "60.25", "0.50", 5, 5),  // basics at 4 and 5
                ks4(year, false, "30", null, 3, 9),       // no Progress 8; English short of 4
                ks4(new AcademicYear(2031), false, "80", "1.00", 9, 9),
                ks4(new AcademicYear(2033), true, "80", "1.00", 9, 9))));

        assertEquals(ks4(3, "137.75", 2, "0.15", 2, 1), ks4(year, null));
        assertEquals(ks4(1, "47.50", 1, "-0.35", 1, 0), ks4(year, true));
        assertEquals(ks4(2, "90.25", 1, "0.50", 1, 1), ks4(year, false));
    }

    @Test
    public void a_result_corrected_is_counted_once_as_corrected() {
        AcademicYear year = new AcademicYear(2034);
        Ks2Result short1 = ks2(year, false, 99, 104, WritingAssessment.EXS);
        put(() -> results().putKs2(List.of(short1)));
        assertEquals(new Counted(1, 0, 0), ks2(year, null));
        put(() -> results().putKs2(List.of(new Ks2Result(short1.upn(), year, SCHOOL, false, 101, 104,
                WritingAssessment.EXS))));
        assertEquals(new Counted(1, 1, 0), ks2(year, null));
    }

    @Test
    public void a_year_with_no_results_gives_zeros() {
        AcademicYear year = new AcademicYear(2040);
        assertEquals(new Counted(0, 0, 0), eyfs(year, null));
        assertEquals(new Counted(0, 0, 0), ks2(year, true));
        assertEquals(ks4(0, "0", 0, "0", 0, 0), ks4(year, false));
    }
}

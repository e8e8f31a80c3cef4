package org.cypf.educationskills.results.application;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.results.port.ResultFigures;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.measure.Provenance;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Results' measures for governance (S004's GLD, KS2 and KS4 lines; S001's school readiness and the Attainment 8 gap),
 * over the results held for the school year the date falls in (1 September to 31 August): a year's results are dated
 * at its end, so the scorecard's "a year earlier" is the previous cohort. Percentages of pupils with results are
 * rounded half up to one decimal place, means (Attainment 8, Progress 8) to two, each with numerator and denominator
 * (0 of 0: no value on the scorecard). A disadvantage gap is the other pupils' figure less the disadvantaged pupils' (FSM for the EYFS
 * profile, FSM6 at KS2 and KS4), computed before rounding: a positive gap means the disadvantaged are behind.
 * Aggregates only: no child's record is read out, so no access is audited.
 */
public final class ResultsMeasures implements MeasureSource {
    public static final String SOURCE = "education-skills";
    public static final String GOOD_LEVEL_OF_DEVELOPMENT = "education-skills.good-level-of-development";
    public static final String GOOD_LEVEL_OF_DEVELOPMENT_GAP = "education-skills.good-level-of-development-disadvantaged-gap";
    public static final String KS2_EXPECTED_RWM = "education-skills.ks2-expected-standard-rwm";
    public static final String KS2_HIGHER_RWM = "education-skills.ks2-higher-standard-rwm";
    public static final String KS2_EXPECTED_RWM_GAP = "education-skills.ks2-expected-standard-rwm-disadvantaged-gap";
    public static final String ATTAINMENT_8 = "education-skills.attainment-8";
    public static final String PROGRESS_8 = "education-skills.progress-8";
    public static final String ENGLISH_AND_MATHS_4 = "education-skills.english-and-maths-grade-4";
    public static final String ENGLISH_AND_MATHS_5 = "education-skills.english-and-maths-grade-5";
    public static final String ATTAINMENT_8_GAP = "education-skills.attainment-8-disadvantaged-gap";
    public static final String PROGRESS_8_GAP = "education-skills.progress-8-disadvantaged-gap";

    private final UnitOfWork unitOfWork;
    private final ResultFigures figures;
    private final Clock clock;

    public ResultsMeasures(UnitOfWork unitOfWork, ResultFigures figures, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public Set<String> measureKeys() {
        return Set.of(GOOD_LEVEL_OF_DEVELOPMENT, GOOD_LEVEL_OF_DEVELOPMENT_GAP, KS2_EXPECTED_RWM, KS2_HIGHER_RWM,
                KS2_EXPECTED_RWM_GAP, ATTAINMENT_8, PROGRESS_8, ENGLISH_AND_MATHS_4, ENGLISH_AND_MATHS_5,
                ATTAINMENT_8_GAP, PROGRESS_8_GAP);
    }

    @Override
    public MeasureValue compute(String key, LocalDate asAt) {
        AcademicYear y = AcademicYear.containing(asAt);
        String of = " of " + y;
        return unitOfWork.inTransaction(() -> switch (key) {
            case GOOD_LEVEL_OF_DEVELOPMENT -> {
                var f = figures.eyfs(y, null);
                yield percentage(key, asAt, f.met(), f.pupils(), "Pupils with a good level of development (the "
                        + "expected level in every early learning goal of the prime areas, literacy and mathematics), "
                        + "% of pupils with an EYFS profile" + of);
            }
            case GOOD_LEVEL_OF_DEVELOPMENT_GAP -> {
                var others = figures.eyfs(y, false);
                var fsm = figures.eyfs(y, true);
                yield gap(key, asAt, share(others.met(), others.pupils()), share(fsm.met(), fsm.pupils()),
                        Math.min(others.pupils(), fsm.pupils()), 1, "Good level of development: other pupils' % less "
                                + "the % of pupils eligible for free school meals, percentage points" + of);
            }
            case KS2_EXPECTED_RWM -> {
                var f = figures.ks2(y, null);
                yield percentage(key, asAt, f.met(), f.pupils(), "Pupils at the expected standard in reading, writing "
                        + "and maths (scaled scores of 100 or more in reading and maths, EXS or GDS in writing), % of "
                        + "pupils with KS2 results" + of);
            }
            case KS2_HIGHER_RWM -> {
                var f = figures.ks2(y, null);
                yield percentage(key, asAt, f.higher(), f.pupils(), "Pupils at the higher standard in reading, writing "
                        + "and maths (scaled scores of 110 or more, GDS in writing), % of pupils with KS2 results" + of);
            }
            case KS2_EXPECTED_RWM_GAP -> {
                var others = figures.ks2(y, false);
                var fsm6 = figures.ks2(y, true);
                yield gap(key, asAt, share(others.met(), others.pupils()), share(fsm6.met(), fsm6.pupils()),
                        Math.min(others.pupils(), fsm6.pupils()), 1, "KS2 expected standard in RWM: other pupils' % "
                                + "less disadvantaged (FSM6) pupils', percentage points" + of);
            }
            case ATTAINMENT_8 -> {
                var f = figures.ks4(y, null);
                yield mean(key, asAt, f.attainment8(), f.pupils(), "Average Attainment 8 score of pupils with KS4 "
                        + "results" + of);
            }
            case PROGRESS_8 -> {
                var f = figures.ks4(y, null);
                yield mean(key, asAt, f.progress8(), f.progress8Pupils(), "Average Progress 8 score of pupils with "
                        + "one (KS2 prior attainment held)" + of);
            }
            case ENGLISH_AND_MATHS_4 -> {
                var f = figures.ks4(y, null);
                yield percentage(key, asAt, f.basics4(), f.pupils(), "Pupils with grade 4 or above in both English "
                        + "and maths, % of pupils with KS4 results" + of);
            }
            case ENGLISH_AND_MATHS_5 -> {
                var f = figures.ks4(y, null);
                yield percentage(key, asAt, f.basics5(), f.pupils(), "Pupils with grade 5 or above in both English "
                        + "and maths, % of pupils with KS4 results" + of);
            }
            case ATTAINMENT_8_GAP -> {
                var others = figures.ks4(y, false);
                var fsm6 = figures.ks4(y, true);
                yield gap(key, asAt, average(others.attainment8(), others.pupils()),
                        average(fsm6.attainment8(), fsm6.pupils()), Math.min(others.pupils(), fsm6.pupils()), 2,
                        "Average Attainment 8: other pupils' less "
                                + "disadvantaged (FSM6) pupils', points" + of);
            }
            case PROGRESS_8_GAP -> {
                var others = figures.ks4(y, false);
                var fsm6 = figures.ks4(y, true);
                yield gap(key, asAt, average(others.progress8(), others.progress8Pupils()),
                        average(fsm6.progress8(), fsm6.progress8Pupils()),
                        Math.min(others.progress8Pupils(), fsm6.progress8Pupils()), 2,
                        "Average Progress 8: other pupils' less disadvantaged (FSM6) pupils', points" + of);
            }
            default -> throw new NotFound("education and skills' results computes no measure " + key);
        });
    }

    private static BigDecimal share(long numerator, long denominator) {
        return denominator == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
    }

    private static BigDecimal average(BigDecimal total, long cases) {
        return cases == 0 ? BigDecimal.ZERO : total.divide(BigDecimal.valueOf(cases), MathContext.DECIMAL64);
    }

    private MeasureValue percentage(String key, LocalDate asAt, long numerator, long denominator, String definition) {
        return new MeasureValue(key, asAt, share(numerator, denominator).setScale(1, RoundingMode.HALF_UP), numerator,
                denominator, provenance(definition));
    }

    private MeasureValue mean(String key, LocalDate asAt, BigDecimal total, long cases, String definition) {
        return new MeasureValue(key, asAt, average(total, cases).setScale(2, RoundingMode.HALF_UP), null, cases,
                provenance(definition));
    }

    /** A gap, with the smaller group's size as denominator, so that a gap over a small group is suppressed. */
    private MeasureValue gap(String key, LocalDate asAt, BigDecimal others, BigDecimal disadvantaged, long smallerGroup,
                             int places, String definition) {
        return new MeasureValue(key, asAt, others.subtract(disadvantaged).setScale(places, RoundingMode.HALF_UP), null,
                smallerGroup, provenance(definition));
    }

    private Provenance provenance(String definition) {
        return new Provenance(SOURCE, definition, clock.instant());
    }
}

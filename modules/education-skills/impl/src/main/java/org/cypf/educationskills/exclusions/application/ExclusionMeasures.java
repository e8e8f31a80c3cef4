package org.cypf.educationskills.exclusions.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.exclusions.domain.ExclusionCategory;
import org.cypf.educationskills.exclusions.port.ExclusionFigures;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.measure.Provenance;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Suspensions and exclusions' measures for governance (S004's "reduction in suspensions", "reduce exclusions";
 * S001's exclusions as a percentage of pupils). Each counts those starting in the academic year to the date: from
 * the 1 September on or before it to the date itself, as the DfE counts a school year. Rates are per 100 pupils
 * with attendance held for that year, rounded half up to two decimal places as the DfE publishes them, with
 * numerator and denominator (0 of 0: no value on the scorecard). Aggregates only: no child's record is read out.
 */
public final class ExclusionMeasures implements MeasureSource {
    public static final String SOURCE = "education-skills";
    public static final String SUSPENSIONS = "education-skills.suspensions";
    public static final String PERMANENT_EXCLUSIONS = "education-skills.permanent-exclusions";
    public static final String SUSPENSION_RATE = "education-skills.suspension-rate";
    public static final String PERMANENT_EXCLUSION_RATE = "education-skills.permanent-exclusion-rate";
    public static final String CHILDREN_IN_CARE_SUSPENSIONS = "education-skills.children-in-care-suspensions";

    private final UnitOfWork unitOfWork;
    private final ExclusionFigures figures;
    private final Clock clock;

    public ExclusionMeasures(UnitOfWork unitOfWork, ExclusionFigures figures, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public Set<String> measureKeys() {
        return Set.of(SUSPENSIONS, PERMANENT_EXCLUSIONS, SUSPENSION_RATE, PERMANENT_EXCLUSION_RATE,
                CHILDREN_IN_CARE_SUSPENSIONS);
    }

    @Override
    public MeasureValue compute(String key, LocalDate asAt) {
        AcademicYear year = AcademicYear.containing(asAt);
        LocalDate from = LocalDate.of(year.startYear(), 9, 1);
        String period = " starting from " + from + " to " + asAt + " (the school year " + year + " to the date)";
        return unitOfWork.inTransaction(() -> switch (key) {
            case SUSPENSIONS -> count(key, asAt, figures.count(ExclusionCategory.SUSPENSION, from, asAt),
                    "Suspensions (school census FIXD)" + period);
            case PERMANENT_EXCLUSIONS -> count(key, asAt, figures.count(ExclusionCategory.PERMANENT, from, asAt),
                    "Permanent exclusions (school census PERM)" + period);
            case SUSPENSION_RATE -> rate(key, asAt, figures.count(ExclusionCategory.SUSPENSION, from, asAt),
                    figures.pupilsOnRoll(year.startYear()), "Suspensions" + period
                            + " per 100 pupils with attendance held for " + year);
            case PERMANENT_EXCLUSION_RATE -> rate(key, asAt, figures.count(ExclusionCategory.PERMANENT, from, asAt),
                    figures.pupilsOnRoll(year.startYear()), "Permanent exclusions" + period
                            + " as a percentage of pupils with attendance held for " + year);
            case CHILDREN_IN_CARE_SUSPENSIONS -> count(key, asAt,
                    figures.countOfChildrenInCare(ExclusionCategory.SUSPENSION, from, asAt),
                    "Suspensions of children in care (on the virtual school's record of the child in care)" + period);
            default -> throw new NotFound("education and skills' exclusions computes no measure " + key);
        });
    }

    private MeasureValue count(String key, LocalDate asAt, long count, String definition) {
        return new MeasureValue(key, asAt, BigDecimal.valueOf(count), null, null, provenance(definition));
    }

    private MeasureValue rate(String key, LocalDate asAt, long numerator, long denominator, String definition) {
        BigDecimal value = denominator == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        return new MeasureValue(key, asAt, value, numerator, denominator, provenance(definition));
    }

    private Provenance provenance(String definition) {
        return new Provenance(SOURCE, definition, clock.instant());
    }
}

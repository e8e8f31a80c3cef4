package org.cypf.healthwellbeing.childhealth.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.cypf.healthwellbeing.childhealth.domain.ObservationKind;
import org.cypf.healthwellbeing.childhealth.domain.WeightCategory;
import org.cypf.healthwellbeing.childhealth.port.ChildHealthObservations;
import org.cypf.healthwellbeing.shared.application.MeasureSet;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Child health measures over the imported observations, each over the 12 months to the date, as OHID's Fingertips
 * indicators define them: low birth weight (under 2,500 g, all births); breastfeeding at 6-8 weeks (totally or
 * partially, of infants with a status recorded); excess and healthy weight at reception and year 6 (NCMP BMI
 * centile: excess at or above the 85th, healthy above the 2nd and below the 85th); obesity (at or above the 95th);
 * visually obvious decay at 5 (dmft above 0, of five-year-olds examined); MMR2 by 5 (children whose fifth birthday
 * fell in the 12 months, immunised by then).
 */
public final class ChildHealthMeasures extends MeasureSet {
    public static final String LOW_BIRTH_WEIGHT = "health-wellbeing.low-birth-weight";
    public static final String BREASTFEEDING = "health-wellbeing.breastfeeding-at-6-8-weeks";
    public static final String EXCESS_WEIGHT_RECEPTION = "health-wellbeing.excess-weight-reception";
    public static final String EXCESS_WEIGHT_YEAR_6 = "health-wellbeing.excess-weight-year-6";
    public static final String HEALTHY_WEIGHT_RECEPTION = "health-wellbeing.healthy-weight-reception";
    public static final String HEALTHY_WEIGHT_YEAR_6 = "health-wellbeing.healthy-weight-year-6";
    public static final String OBESITY_RECEPTION = "health-wellbeing.obesity-reception";
    public static final String OBESITY_YEAR_6 = "health-wellbeing.obesity-year-6";
    public static final String DECAY_AT_5 = "health-wellbeing.decay-at-five";
    public static final String MMR2_BY_5 = "health-wellbeing.mmr2-by-five";

    private static final BigDecimal LOW_BIRTH_WEIGHT_GRAMS = new BigDecimal("2500");

    public ChildHealthMeasures(UnitOfWork unitOfWork, ChildHealthObservations o, Clock clock) {
        super("child health", clock);
        define(LOW_BIRTH_WEIGHT, asAt -> unitOfWork.inTransaction(() -> percentage(LOW_BIRTH_WEIGHT, asAt,
                o.countAmount(ObservationKind.BIRTH_WEIGHT, null, yearTo(asAt), asAt, null, LOW_BIRTH_WEIGHT_GRAMS),
                o.count(ObservationKind.BIRTH_WEIGHT, null, yearTo(asAt), asAt),
                "Births in the 12 months to the date; % weighing under 2,500 g")));
        define(BREASTFEEDING, asAt -> unitOfWork.inTransaction(() -> percentage(BREASTFEEDING, asAt,
                o.countCodes(ObservationKind.INFANT_FEEDING, List.of("TOTALLY", "PARTIALLY"), yearTo(asAt), asAt),
                o.count(ObservationKind.INFANT_FEEDING, null, yearTo(asAt), asAt),
                "Infants with a feeding status recorded at the 6-8 week review in the 12 months to the date; % "
                        + "totally or partially breastfed")));
        weight(unitOfWork, o, EXCESS_WEIGHT_RECEPTION, "RECEPTION", WeightCategory.OVERWEIGHT_FROM, null,
                "excess weight (BMI centile at or above the 85th)");
        weight(unitOfWork, o, EXCESS_WEIGHT_YEAR_6, "YEAR_6", WeightCategory.OVERWEIGHT_FROM, null,
                "excess weight (BMI centile at or above the 85th)");
        weight(unitOfWork, o, OBESITY_RECEPTION, "RECEPTION", WeightCategory.OBESE_FROM, null,
                "obese (BMI centile at or above the 95th)");
        weight(unitOfWork, o, OBESITY_YEAR_6, "YEAR_6", WeightCategory.OBESE_FROM, null,
                "obese (BMI centile at or above the 95th)");
        weight(unitOfWork, o, HEALTHY_WEIGHT_RECEPTION, "RECEPTION", null, WeightCategory.OVERWEIGHT_FROM,
                "a healthy weight (BMI centile above the 2nd and below the 85th)");
        weight(unitOfWork, o, HEALTHY_WEIGHT_YEAR_6, "YEAR_6", null, WeightCategory.OVERWEIGHT_FROM,
                "a healthy weight (BMI centile above the 2nd and below the 85th)");
        define(DECAY_AT_5, asAt -> unitOfWork.inTransaction(() -> percentage(DECAY_AT_5, asAt,
                o.countAmount(ObservationKind.ORAL_HEALTH, null, yearTo(asAt), asAt, BigDecimal.ONE, null),
                o.count(ObservationKind.ORAL_HEALTH, null, yearTo(asAt), asAt),
                "Five-year-olds examined by the oral health survey in the 12 months to the date; % with decay "
                        + "experience (decayed, missing or filled teeth above 0)")));
        define(MMR2_BY_5, asAt -> unitOfWork.inTransaction(() -> {
            var byFive = o.mmr2ByFive(yearTo(asAt), asAt);
            return percentage(MMR2_BY_5, asAt, byFive.mmr2(), byFive.children(),
                    "Children whose fifth birthday fell in the 12 months to the date; % given MMR2 by then");
        }));
    }

    /** Healthy weight counts from above the 2nd centile: the lower bound is applied by excluding underweight. */
    private void weight(UnitOfWork unitOfWork, ChildHealthObservations o, String key, String year, BigDecimal min,
                        BigDecimal max, String what) {
        String label = year.equals("RECEPTION") ? "reception" : "year 6";
        define(key, asAt -> unitOfWork.inTransaction(() -> {
            long measured = o.count(ObservationKind.CHILD_MEASUREMENT, year, yearTo(asAt), asAt);
            long counted = o.countAmount(ObservationKind.CHILD_MEASUREMENT, year, yearTo(asAt), asAt, min, max);
            if (min == null) {
                counted -= o.countAmount(ObservationKind.CHILD_MEASUREMENT, year, yearTo(asAt), asAt, null,
                        WeightCategory.UNDERWEIGHT_AT_OR_BELOW.add(new BigDecimal("0.01")));
            }
            return percentage(key, asAt, counted, measured, "Children measured in " + label + " by the NCMP in the 12 "
                    + "months to the date; % " + what);
        }));
    }
}

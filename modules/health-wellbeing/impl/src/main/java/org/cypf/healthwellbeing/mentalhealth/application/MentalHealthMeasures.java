package org.cypf.healthwellbeing.mentalhealth.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cypf.healthwellbeing.mentalhealth.domain.AgeBand;
import org.cypf.healthwellbeing.mentalhealth.domain.SelfHarmAdmissions;
import org.cypf.healthwellbeing.mentalhealth.port.MentalHealthReferrals;
import org.cypf.healthwellbeing.mentalhealth.port.SelfHarmAdmissionFigures;
import org.cypf.healthwellbeing.shared.application.MeasureSet;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * <b>Mental health waits</b>: of the referrals whose first contact fell in the 12 months to the date, the mean wait
 * in days from referral to first contact (total days as numerator, referrals seen as denominator).
 *
 * <p><b>Hospital admissions as a result of self-harm</b>, in OHID's Fingertips terms, for the latest financial year
 * ended by the date: per age band (10-14, 15-19, 20-24) the admissions per 100,000 of the band's population (the
 * admissions as numerator, the population as denominator); for 10-24 the rate directly standardised to the 2013
 * European Standard Population from the bands (all three bands' admissions and population as numerator and
 * denominator). A year not loaded gives 0 of 0.
 */
public final class MentalHealthMeasures extends MeasureSet {
    public static final String MEAN_WAIT = "health-wellbeing.mental-health-mean-wait-days";
    /** The 10-24 rate, directly standardised; the bands' keys end in their label ({@code ...-10-14}). */
    public static final String SELF_HARM_10_24 = "health-wellbeing.self-harm-admissions-10-24";
    public static final String SELF_HARM = "health-wellbeing.self-harm-admissions-";

    public MentalHealthMeasures(UnitOfWork unitOfWork, MentalHealthReferrals referrals,
                                SelfHarmAdmissionFigures selfHarm, Clock clock) {
        super("mental health", clock);
        define(MEAN_WAIT, asAt -> {
            var waits = unitOfWork.inTransaction(() -> referrals.firstContactsBetween(yearTo(asAt), asAt));
            return mean(MEAN_WAIT, asAt, waits.totalDays(), waits.seen(), "Referrals first seen in the 12 months to "
                    + "the date; mean days from referral to first contact");
        });
        for (AgeBand band : AgeBand.values()) {
            String key = SELF_HARM + band.label();
            define(key, asAt -> unitOfWork.inTransaction(() -> {
                LocalDate year = SelfHarmAdmissions.latestYearEndedBy(asAt);
                var held = selfHarm.ofYear(year).stream().filter(f -> f.band() == band).findFirst();
                return ratePer100000(key, asAt, held.map(SelfHarmAdmissions::admissions).orElse(0),
                        held.map(SelfHarmAdmissions::population).orElse(0), "Hospital admissions as a result of "
                                + "self-harm (" + band.label() + " years), " + SelfHarmAdmissions.label(year)
                                + ": finished admission episodes with a cause of intentional self-harm (ICD-10 "
                                + "X60-X84) per 100,000 population aged " + band.label() + " (OHID Fingertips)");
            }));
        }
        define(SELF_HARM_10_24, asAt -> unitOfWork.inTransaction(() -> {
            LocalDate year = SelfHarmAdmissions.latestYearEndedBy(asAt);
            List<SelfHarmAdmissions> bands = selfHarm.ofYear(year);
            long admissions = bands.stream().mapToLong(SelfHarmAdmissions::admissions).sum();
            long population = bands.stream().mapToLong(SelfHarmAdmissions::population).sum();
            return value(SELF_HARM_10_24, asAt, SelfHarmAdmissions.standardisedRate(bands), admissions, population,
                    "Hospital admissions as a result of self-harm (10-24 years), " + SelfHarmAdmissions.label(year)
                            + ": directly standardised rate per 100,000 (2013 European Standard Population) from the "
                            + bands.size() + " age bands held; numerator and denominator are the admissions and "
                            + "population aged 10-24 (OHID Fingertips)");
        }));
    }
}

package org.cypf.healthwellbeing.mentalhealth.application;

import java.time.Clock;
import org.cypf.healthwellbeing.mentalhealth.port.MentalHealthReferrals;
import org.cypf.healthwellbeing.shared.application.MeasureSet;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * <b>Mental health waits</b>: of the referrals whose first contact fell in the 12 months to the date, the mean wait
 * in days from referral to first contact (total days as numerator, referrals seen as denominator).
 */
public final class MentalHealthMeasures extends MeasureSet {
    public static final String MEAN_WAIT = "health-wellbeing.mental-health-mean-wait-days";

    public MentalHealthMeasures(UnitOfWork unitOfWork, MentalHealthReferrals referrals, Clock clock) {
        super("mental health", clock);
        define(MEAN_WAIT, asAt -> {
            var waits = unitOfWork.inTransaction(() -> referrals.firstContactsBetween(yearTo(asAt), asAt));
            return mean(MEAN_WAIT, asAt, waits.totalDays(), waits.seen(), "Referrals first seen in the 12 months to "
                    + "the date; mean days from referral to first contact");
        });
    }
}

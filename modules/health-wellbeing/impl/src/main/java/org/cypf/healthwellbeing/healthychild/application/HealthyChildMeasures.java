package org.cypf.healthwellbeing.healthychild.application;

import java.time.Clock;
import java.util.Locale;
import org.cypf.healthwellbeing.healthychild.domain.MandatedReview;
import org.cypf.healthwellbeing.healthychild.port.HealthyChildren;
import org.cypf.healthwellbeing.shared.application.MeasureSet;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * <b>Mandated health visiting reviews on time</b>, one measure per review after birth, as OHID's health visitor
 * service delivery metrics count them: of the children whose review window closed in the 12 months to the date, the
 * percentage whose review was done by the window's last day (new birth visit by 14 days, 6-8 week review by 8
 * weeks, 9-12 month review by 12 months, 2-2½ year review by 2½ years). Missed, declined and unrecorded count as
 * not on time. Keys: {@code health-wellbeing.mandated-reviews-on-time.new-birth} and so on.
 */
public final class HealthyChildMeasures extends MeasureSet {
    public static final String PREFIX = "health-wellbeing.mandated-reviews-on-time.";

    public HealthyChildMeasures(UnitOfWork unitOfWork, HealthyChildren children, Clock clock) {
        super("the healthy child programme", clock);
        for (MandatedReview review : MandatedReview.values()) {
            if (review == MandatedReview.ANTENATAL) {
                continue; // its window ends at birth, which health visiting may learn of late: not a delivery metric
            }
            String key = key(review);
            String definition = "Children whose " + review.description() + " window closed in the 12 months to the "
                    + "date; % done by the window's last day (missed, declined or not recorded count as not on time)";
            define(key, asAt -> {
                var tally = unitOfWork.inTransaction(() -> children.tally(review, yearTo(asAt), asAt));
                return percentage(key, asAt, tally.doneOnTime(), tally.closed(), definition);
            });
        }
    }

    public static String key(MandatedReview review) {
        return PREFIX + review.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

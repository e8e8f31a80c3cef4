package org.cypf.healthwellbeing.childrenincare.application;

import java.time.Clock;
import java.util.List;
import org.cypf.healthwellbeing.childrenincare.domain.CareHealthRecord;
import org.cypf.healthwellbeing.childrenincare.port.CareHealthRecords;
import org.cypf.healthwellbeing.shared.application.MeasureSet;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * <b>Initial health assessments on time</b>: of the periods of care whose IHA fell due in the 12 months to the date,
 * the percentage whose IHA was done by its due date (20 working days after entering care, England's bank holidays
 * excepted). An IHA not done counts as late.
 */
public final class ChildrenInCareHealthMeasures extends MeasureSet {
    public static final String IHA_ON_TIME = "health-wellbeing.initial-health-assessments-on-time";
    static final String IHA_DEFINITION = "Periods of care whose initial health assessment fell due in the 12 months to "
            + "the date (20 working days after entering care); % done by the due date (not done counts as late)";

    public ChildrenInCareHealthMeasures(UnitOfWork unitOfWork, CareHealthRecords records, Clock clock) {
        super("children in care health", clock);
        define(IHA_ON_TIME, asAt -> {
            List<CareHealthRecord> due = unitOfWork.inTransaction(() -> records.ihaDueBetween(yearTo(asAt), asAt));
            long onTime = due.stream().filter(r -> r.initialAssessmentOnTime().orElse(false)).count();
            return percentage(IHA_ON_TIME, asAt, onTime, due.size(), IHA_DEFINITION);
        });
    }
}

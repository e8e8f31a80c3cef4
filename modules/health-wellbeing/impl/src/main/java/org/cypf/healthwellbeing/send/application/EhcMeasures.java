package org.cypf.healthwellbeing.send.application;

import java.time.Clock;
import java.util.List;
import org.cypf.healthwellbeing.send.domain.EhcRequest;
import org.cypf.healthwellbeing.send.port.EhcRequests;
import org.cypf.healthwellbeing.shared.application.MeasureSet;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * <b>EHC plans issued within 20 weeks</b>, as the DfE's SEN2 statistics give their headline: of the new final plans
 * issued in the 12 months to the date, the percentage issued within 20 weeks of the request, excluding plans issued
 * late under an allowed exception (recorded with the plan).
 */
public final class EhcMeasures extends MeasureSet {
    public static final String WITHIN_20_WEEKS = "health-wellbeing.ehc-plans-within-20-weeks";
    static final String DEFINITION = "SEN2: new EHC plans issued in the 12 months to the date, excluding those issued "
            + "late under an exception; % issued within 20 weeks of the request";

    public EhcMeasures(UnitOfWork unitOfWork, EhcRequests requests, Clock clock) {
        super("SEND", clock);
        define(WITHIN_20_WEEKS, asAt -> {
            List<EhcRequest> issued = unitOfWork.inTransaction(() -> requests.plansIssuedBetween(yearTo(asAt), asAt))
                    .stream().filter(r -> r.planWithinTwentyWeeks() || r.exception() == null).toList();
            long inTime = issued.stream().filter(EhcRequest::planWithinTwentyWeeks).count();
            return percentage(WITHIN_20_WEEKS, asAt, inTime, issued.size(), DEFINITION);
        });
    }
}

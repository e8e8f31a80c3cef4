package org.cypf.familysupport.request.application;

import static org.cypf.familysupport.api.measure.FamilySupportMeasure.REQUESTS_RESPONDED_TO_WITHIN_TARGET;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cypf.familysupport.request.domain.ResponseTarget;
import org.cypf.familysupport.request.port.RequestForSupportRecords;
import org.cypf.familysupport.shared.application.MeasureSet;
import org.cypf.kernel.transaction.UnitOfWork;

/** How swiftly requests for support are answered (S003: needs "identified and responded to swiftly"; ADR 0067). */
public final class RequestMeasures extends MeasureSet {
    static final String WITHIN_TARGET = "requests for support received in the 12 months to the date and triaged "
            + "within " + ResponseTarget.WORKING_DAYS + " working days of receipt (England's bank holidays apply), "
            + "% of the requests received in those months that were triaged or whose target day has passed";

    public RequestMeasures(UnitOfWork unitOfWork, RequestForSupportRecords requests, ResponseTarget target,
                           Clock clock) {
        super("requests for support", clock);
        define(REQUESTS_RESPONDED_TO_WITHIN_TARGET.key(), asAt -> {
            // one due day per received day of the year: at most 366 pairs handed to the query
            Map<LocalDate, LocalDate> dueBy = new LinkedHashMap<>();
            for (LocalDate day = yearTo(asAt); !day.isAfter(asAt); day = day.plusDays(1)) {
                dueBy.put(day, target.dueBy(day));
            }
            return unitOfWork.inTransaction(() -> percentage(REQUESTS_RESPONDED_TO_WITHIN_TARGET.key(), asAt,
                    requests.responses(dueBy, asAt, true), requests.responses(dueBy, asAt, false), WITHIN_TARGET));
        });
    }
}

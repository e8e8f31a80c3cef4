package org.cypf.familysupport.request.domain;

import java.time.LocalDate;
import org.cypf.kernel.time.WorkingDayCalendar;

/**
 * The partnership's response target for a request for support (ADR 0067): triaged within five working days of
 * receipt. No national timescale exists for early help (DOMAIN.md lists social care's: a contact is decided within
 * one working day); S003 asks that families' needs be "responded to swiftly", and five working days is the local
 * standard this partnership documents, stated in one place so the measure and the guide agree.
 */
public record ResponseTarget(WorkingDayCalendar calendar) {
    public static final int WORKING_DAYS = 5;

    public static ResponseTarget england() {
        return new ResponseTarget(WorkingDayCalendar.england());
    }

    /** The last day a request received on {@code receivedOn} may be triaged within the target. */
    public LocalDate dueBy(LocalDate receivedOn) {
        return calendar.addWorkingDays(receivedOn, WORKING_DAYS);
    }
}

package org.cypf.socialcare.api.careleavers;

import java.time.LocalDate;
import org.cypf.governance.api.access.Caller;

/**
 * Care leavers (Children (Leaving Care) Act 2000): whether a young person is owed leaving-care support (eligible,
 * relevant, former relevant), their pathway plan and personal adviser, and the SSDA903 OC3 record at each birthday
 * from 17 to 21. Every call is authorised and audited as an access to the young person's record.
 */
public interface CareLeavers {

    CareLeaverView careLeaver(Caller caller, String childId);

    /** The pathway plan's latest date and the personal adviser. */
    CareLeaverView recordPathway(Caller caller, RecordPathway command);

    /** The OC3 record at one birthday (17 to 21), replacing any recorded for that birthday. */
    CareLeaverView recordBirthday(Caller caller, RecordBirthdayContact command);

    /**
     * Publishes {@code CareLeaverTurned18} for every child whose 18th birthday fell in the year up to {@code asAt}
     * (the day a year before excluded) and who was looked after the day before it. Idempotent: a child is published
     * once, however often this runs; a run a day (or after a pause of up to a year) misses no one.
     */
    EighteenthBirthdays recordEighteenthBirthdays(Caller caller, LocalDate asAt);
}

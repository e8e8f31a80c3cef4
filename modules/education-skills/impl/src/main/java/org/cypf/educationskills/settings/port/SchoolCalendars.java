package org.cypf.educationskills.settings.port;

import org.cypf.educationskills.settings.domain.SchoolCalendar;
import org.cypf.kernel.identity.UniquePupilNumber;

/** The school calendar a pupil's days are counted by. Runs inside the caller's unit of work. */
public interface SchoolCalendars {

    /**
     * The calendar of the setting the pupil was last reported at (their latest term of attendance), following the
     * local authority's term dates where the setting holds none; the local authority's for a pupil with no
     * attendance reported, or no UPN ({@code upn} null).
     */
    SchoolCalendar ofPupil(UniquePupilNumber upn);

    /**
     * The calendars of {@code settings} (a null setting: the local authority's), each following the local authority's
     * term dates where it holds none, read together in one pass (for counting many children's days at once).
     */
    java.util.function.Function<Integer, SchoolCalendar> ofSettings(java.util.Set<Integer> settings);

    /** Calendars of nothing but the approximation (ADR 0046), where no term dates are held at all. */
    static SchoolCalendars approximated(org.cypf.kernel.time.WorkingDayCalendar bankHolidays) {
        return new SchoolCalendars() {
            @Override
            public SchoolCalendar ofPupil(UniquePupilNumber upn) {
                return SchoolCalendar.approximate(bankHolidays);
            }

            @Override
            public java.util.function.Function<Integer, SchoolCalendar> ofSettings(java.util.Set<Integer> settings) {
                return urn -> SchoolCalendar.approximate(bankHolidays);
            }
        };
    }
}

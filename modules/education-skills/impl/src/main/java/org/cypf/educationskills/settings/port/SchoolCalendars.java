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
}

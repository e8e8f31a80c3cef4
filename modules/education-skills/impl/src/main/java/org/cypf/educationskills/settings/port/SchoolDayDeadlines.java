package org.cypf.educationskills.settings.port;

import java.util.Set;

/**
 * Dates elsewhere in the context counted in a setting's school days (the virtual school's Personal Education Plans,
 * due 20 school days after a child enters care, then by the end of the next term), counted again when term dates
 * change (ADR 0087). Settings own term dates and know nothing of what is counted from them: the virtual school
 * implements this, and the assembly class hands it to the settings' use cases. Runs inside the caller's unit of work.
 */
public interface SchoolDayDeadlines {

    /**
     * Counts again the open deadlines of the children following the term dates of {@code settings} and, when
     * {@code localAuthority}, of every child following the local authority's (all the settings without their own);
     * answers how many moved.
     */
    int termDatesChanged(Set<Integer> settings, boolean localAuthority);

    /** Where nothing is counted from term dates (a context assembled without the virtual school). */
    SchoolDayDeadlines NONE = (settings, localAuthority) -> 0;
}
